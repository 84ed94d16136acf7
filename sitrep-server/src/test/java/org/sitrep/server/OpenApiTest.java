package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} describes every route the server has, with every parameter it takes, and no other. */
class OpenApiTest {

    @TempDir
    static Path dir;
    static Served served;
    static JsonNode spec;

    @BeforeAll
    static void serve() {
        served = Served.over(Corpus.write(dir));
        spec = served.get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void isAnOpenApi3Document() {
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        assertEquals("sitrep API", spec.get("info").get("title").asText());
    }

    @Test
    void everyRouteIsDescribedAndNothingElse() {
        Set<String> routes = new TreeSet<>();
        new Api(served.store).routes().forEach(r -> routes.add(r.path()));
        Set<String> described = new TreeSet<>();
        spec.get("paths").fieldNames().forEachRemaining(p -> {
            if (p.startsWith("/api/")) {
                described.add(p);
            }
        });
        assertEquals(routes, described);
    }

    @Test
    void everyQueryParameterOfARouteIsDescribedForIt() {
        for (ApiRoute route : new Api(served.store).routes()) {
            Set<String> documented = new HashSet<>();
            for (JsonNode p : spec.get("paths").get(route.path()).get("get").get("parameters")) {
                JsonNode param = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
                if (param.get("in").asText().equals("query")) {
                    documented.add(param.get("name").asText());
                }
            }
            assertEquals(new TreeSet<>(route.params()), new TreeSet<>(documented), route.path());
        }
    }

    @Test
    void everyDescribedRouteAnswers() {
        spec.get("paths").fieldNames().forEachRemaining(p -> {
            String path = p.replace("{id}", "0".repeat(64)).replace("{code}", "PAK")
                    + (p.endsWith("/export") ? "?format=csv" : "");
            int status = served.get(path).status();
            assertTrue(status == 200 || status == 404 && p.contains("{id}"), p + " -> " + status);
        });
    }

    private static JsonNode resolve(String ref) {
        JsonNode node = spec;
        for (String part : ref.substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }
}
