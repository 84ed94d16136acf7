package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The JSON API answers from a real store through a real server. */
class ApiTest extends ServedCorpusTest {

    @Test
    void searchReturnsTheMatchingArticleWithItsHitsMarked() {
        JsonNode page = served.get("/api/search?q=Taliban").json();
        assertEquals(1, page.get("total").asInt());
        JsonNode hit = page.get("results").get(0);
        assertEquals("Islamabad blames the Taliban for border attacks", hit.get("title").asText());
        List<String> marked = new ArrayList<>();
        hit.get("snippet").forEach(p -> {
            if (p.get("hit").asBoolean()) {
                marked.add(p.get("text").asText());
            }
        });
        assertTrue(marked.contains("Taliban"), "hits: " + marked);
    }

    @Test
    void searchWithoutWordsListsEveryArticle() {
        assertEquals(3, served.get("/api/search").json().get("total").asInt());
    }

    @Test
    void searchFacetsCountTheEventsByTypeActorAndMonth() {
        JsonNode facets = served.get("/api/facets").json();
        assertTrue(values(facets.get("types")).contains("ACCUSE"), facets.toString());
        assertTrue(values(facets.get("actors")).contains("TALIBAN"), facets.toString());
        assertTrue(facets.get("actors").findValuesAsText("label").contains("Taliban"), facets.toString());
        assertTrue(values(facets.get("months")).contains("2024-10"), facets.toString());
    }

    @Test
    void facetsCountOnlyTheArticlesTheQueryFinds() {
        JsonNode all = served.get("/api/facets").json();
        JsonNode taliban = served.get("/api/facets?q=Taliban").json();
        assertEquals(3, all.get("total").asInt());
        assertEquals(1, taliban.get("total").asInt());
        assertTrue(values(taliban.get("types")).contains("ACCUSE"), taliban.toString());
        assertFalse(values(taliban.get("actors")).contains("AFG"), taliban.toString());
        assertTrue(values(all.get("actors")).contains("AFG"), all.toString());
        taliban.get("types").forEach(t -> assertEquals(1, t.get("count").asInt(), t.toString()));
    }

    @Test
    void everyFacetCountIsTheTotalOfTheSearchItNarrowsTo() {
        JsonNode all = served.get("/api/facets").json();
        for (String facet : List.of("actor", "type", "month")) {
            for (JsonNode value : all.get(facet + "s")) {
                String path = "/api/search?" + facet + "=" + value.get("value").asText();
                assertEquals(value.get("count").asLong(), served.get(path).json().get("total").asLong(), path);
                JsonNode narrowed = served.get(path.replace("/api/search", "/api/facets")).json();
                assertEquals(value.get("count").asLong(), narrowed.get("total").asLong(), path);
                assertTrue(values(narrowed.get(facet + "s")).contains(value.get("value").asText()), path);
            }
        }
    }

    @Test
    void searchByTypeFacetKeepsOnlyArticlesWithSuchAnEvent() {
        JsonNode page = served.get("/api/search?type=ACCUSE").json();
        assertEquals(1, page.get("total").asInt());
        assertEquals("Islamabad blames the Taliban for border attacks",
                page.get("results").get(0).get("title").asText());
        assertEquals(0, served.get("/api/search?q=river&type=ACCUSE").json().get("total").asInt());
    }

    @Test
    void searchByActorFacetKeepsOnlyArticlesNamingIt() {
        JsonNode page = served.get("/api/search?actor=AFG").json();
        assertEquals(1, page.get("total").asInt());
        assertEquals("Two neighbours agree on river patrols", page.get("results").get(0).get("title").asText());
    }

    @Test
    void eventsFilterByActorAndTypeAndSpellOutTheParties() {
        JsonNode page = served.get("/api/events?actor=PAK&type=ACCUSE").json();
        assertEquals(1, page.get("total").asInt());
        JsonNode e = page.get("events").get(0);
        assertEquals("PAK", e.get("actors").get(0).get("code").asText());
        assertEquals("Taliban", e.get("recipients").get(0).get("name").asText());
        assertEquals("conflict", e.get("side").asText());
        assertTrue(e.get("sentence").get("text").asText().startsWith("Pakistan accused the Taliban"));
    }

    @Test
    void eventsArePagedWithinTheLimit() {
        JsonNode first = served.get("/api/events?limit=2").json();
        JsonNode second = served.get("/api/events?limit=2&offset=2").json();
        JsonNode last = served.get("/api/events?limit=2&offset=4").json();
        assertEquals(6, first.get("total").asInt());
        List<String> ids = new ArrayList<>();
        for (JsonNode page : List.of(first, second, last)) {
            assertEquals(2, page.get("events").size());
            page.get("events").forEach(e -> ids.add(e.get("docId").asText() + "/" + e.get("id").asText()));
        }
        assertEquals(6, ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void documentCarriesItsTextActorsAndEventsWithSentences() {
        String id = served.get("/api/search?q=patrols").json().get("results").get(0).get("id").asText();
        JsonNode record = served.get("/api/documents/" + id).json();
        String text = record.get("document").get("text").asText();
        JsonNode event = record.get("events").get(0);
        int start = event.get("sentence").get("start").asInt();
        int end = event.get("sentence").get("end").asInt();
        assertEquals(text.substring(start, end), event.get("sentence").get("text").asText());
        assertEquals("cooperation", event.get("side").asText());
        assertEquals(2, event.get("actors").size());
    }

    @Test
    void actorPageHasPartnersWithTheirBalance() {
        JsonNode actor = served.get("/api/actors/PAK").json();
        assertEquals("Pakistan", actor.get("name").asText());
        JsonNode taliban = partner(actor, "TALIBAN");
        assertEquals(0, taliban.get("cooperation").asInt());
        assertEquals(3, taliban.get("conflict").asInt());
        assertEquals(1, partner(actor, "AFG").get("cooperation").asInt());
    }

    @Test
    void timelineSplitsMonthsIntoCooperationAndConflict() {
        JsonNode months = served.get("/api/actors/PAK/timeline").json().get("months");
        assertEquals("2024-09", months.get(0).get("month").asText());
        assertEquals(1, months.get(0).get("cooperation").asInt());
        assertEquals("2024-10", months.get(1).get("month").asText());
        assertEquals(3, months.get(1).get("conflict").asInt());
    }

    @Test
    void timelineKeepsOnlyAssertedEventsWhenAsked() {
        JsonNode all = served.get("/api/actors/IND/timeline").json().get("months");
        JsonNode asserted = served.get("/api/actors/IND/timeline?factuality=asserted").json().get("months");
        assertEquals(1, all.size());
        assertEquals(0, asserted.size());
    }

    @Test
    void networkAroundAnActorHasItsPartnersAsNodes() {
        JsonNode net = served.get("/api/network?actor=PAK").json();
        List<String> nodes = new ArrayList<>();
        net.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertTrue(nodes.containsAll(List.of("PAK", "TALIBAN", "AFG")), nodes.toString());
        assertTrue(net.get("edges").size() >= 2, net.toString());
    }

    @Test
    void csvExportHoldsTheFilteredEventsUnderASafeName() {
        Served.Answer csv = served.get("/api/events/export?format=csv&actor=TALIBAN&name=taliban-2024");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals("attachment; filename=\"taliban-2024.csv\"",
                csv.raw().headers().firstValue("Content-Disposition").orElseThrow());
        List<String> lines = csv.body().lines().toList();
        assertEquals(String.join(",", Exporter.CSV_COLUMNS), lines.get(0));
        int total = served.get("/api/events?actor=TALIBAN").json().get("total").asInt();
        assertEquals(total + 1, lines.size());
    }

    @Test
    void jsonLinesExportHasOneEventALine() {
        Served.Answer jsonl = served.get("/api/events/export?format=jsonl&type=REJECT");
        int total = served.get("/api/events?type=REJECT").json().get("total").asInt();
        assertEquals(2, total);
        assertEquals(total, jsonl.body().lines().filter(l -> l.contains("\"type\":\"REJECT\"")).count());
        assertEquals(total, jsonl.body().lines().count());
    }

    @Test
    void statsCountTheStore() {
        JsonNode stats = served.get("/api/stats").json();
        assertEquals(3, stats.get("documents").asInt());
        assertEquals(6, stats.get("events").asInt());
    }

    @Test
    void manyPagesAskingAtOnceAreAllAnswered() throws Exception {
        List<String> paths = List.of("/api/events?actor=PAK", "/api/search?q=Taliban", "/api/facets?actor=PAK",
                "/api/network?actor=PAK",
                "/api/actors/PAK", "/api/actors/PAK/timeline", "/api/stats");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                String path = paths.get(i % paths.size());
                answers.add(pool.submit(() -> served.get(path).status()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode partner(JsonNode actor, String code) {
        for (JsonNode p : actor.get("partners")) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no partner " + code + " in " + actor);
    }

    private static List<String> values(JsonNode counts) {
        List<String> out = new ArrayList<>();
        counts.forEach(c -> out.add(c.get("value").asText()));
        return out;
    }
}
