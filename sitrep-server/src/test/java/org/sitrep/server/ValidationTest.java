package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every parameter is checked by a real server: a bad one is a 400 whose JSON message names it. */
class ValidationTest extends ServedCorpusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/events?limit=501                 | 'limit' must be between 1 and 500",
        "/api/events?limit=0                   | 'limit' must be between 1 and 500",
        "/api/events?limit=ten                 | 'limit' must be a whole number",
        "/api/events?limit=99999999999999      | 'limit' must be a whole number",
        "/api/events?offset=-1                 | 'offset' must be between 0 and 100000",
        "/api/events?from=2024-13-01           | 'from' must be a date",
        "/api/events?to=yesterday              | 'to' must be a date",
        "/api/events?from=2024-10-01&to=2024-09-01 | the period is empty",
        "/api/events?type=BOMBARD              | 'type' must be one of",
        "/api/events?factuality=maybe          | 'factuality' must be one of",
        "/api/events?actor=PAK%27%20OR%201=1   | 'actor' must be an actor code",
        "/api/events?actor=PAK&actor=AFG       | 'actor' is given 2 times",
        "/api/events?sort=date                 | unknown parameter 'sort'",
        "/api/events?q=Taliban                 | unknown parameter 'q'",
        "/api/search?month=October             | 'month' must be a month",
        "/api/facets?factuality=asserted       | unknown parameter 'factuality'",
        "/api/facets?type=ACCUSE%20OR%20x      | 'type' must be one of",
        "/api/search?month=2024-09%20OR%20x    | 'month' must be a month",
        "/api/facets?actor=PAK%3B              | 'actor' must be an actor code",
        "/api/search?q=%22unclosed             | cannot read the search query",
        "/api/search?q=a%00b                   | 'q' holds a control character",
        "/api/network?limit=100000             | 'limit' must be between 1 and 500",
        "/api/actors/PAK%3BDROP/timeline       | actor code must be",
        "/api/documents/..%2F..%2Fetc          | document id must be",
        "/api/events/export                    | 'format' is required",
        "/api/events/export?format=xml         | 'format' must be one of",
        "/api/events/export?format=csv&name=..%2F..%2Fetc%2Fpasswd | 'name' must be a plain file name",
        "/api/events/export?format=csv&name=.bashrc                | 'name' must be a plain file name",
        "/api/events/export?format=csv&limit=100001                | 'limit' must be between 1 and 100000",
    })
    void badParameterIsA400NamingIt(String request, String message) {
        Served.Answer answer = served.get(request);
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        String error = answer.json().get("error").asText();
        assertTrue(error.contains(message), error);
    }

    @Test
    void tooLongQueryIsRefused() {
        Served.Answer answer = served.get("/api/search?q=" + "a".repeat(Params.MAX_TEXT + 1));
        assertEquals(400, answer.status());
        assertEquals("parameter 'q' is 501 characters long; the limit is 500", answer.json().get("error").asText());
    }

    @Test
    void hugeBadValueIsClippedInTheMessage() {
        Served.Answer answer = served.get("/api/events?type=" + "X".repeat(2000));
        assertEquals(400, answer.status());
        assertTrue(answer.body().length() < 400, answer.body());
    }

    @Test
    void unknownDocumentIsA404InJson() {
        Served.Answer answer = served.get("/api/documents/" + "0".repeat(64));
        assertEquals(404, answer.status());
        assertEquals("no document with id " + "0".repeat(64), answer.json().get("error").asText());
    }

    @Test
    void unknownRouteIsA404InJson() {
        Served.Answer answer = served.get("/api/nothing-here");
        assertEquals(404, answer.status());
        assertTrue(answer.json().get("error").asText().startsWith("no such page or route"));
    }

    @Test
    void unknownActorIsA404InJson() {
        Served.Answer answer = served.get("/api/actors/ZZZ");
        assertEquals(404, answer.status());
        assertTrue(answer.json().get("error").asText().contains("ZZZ"));
    }

    @Test
    void textThatLooksLikeSqlIsOnlySearchedFor() {
        Served.Answer answer = served.get("/api/search?q=%27%20OR%201=1%3B%20DROP%20TABLE%20events%3B");
        assertEquals(200, answer.status(), answer.body());
        assertEquals(0, answer.json().get("total").asInt());
        JsonNode stats = served.get("/api/stats").json();
        assertEquals(6, stats.get("events").asInt());
    }

    @Test
    void everyRouteAnswersJsonWithoutParameters() {
        for (String path : new String[] {"/api/stats", "/api/search", "/api/facets", "/api/events", "/api/actors", "/api/actors/PAK",
                "/api/actors/PAK/timeline", "/api/network"}) {
            Served.Answer answer = served.get(path);
            assertEquals(200, answer.status(), path + ": " + answer.body());
            assertTrue(answer.json().isObject(), path);
        }
    }
}
