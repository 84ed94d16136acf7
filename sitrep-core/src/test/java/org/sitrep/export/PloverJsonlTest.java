package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverJsonlTest {

    private final PloverJsonl plover = new PloverJsonl(LocalDate.of(2024, 10, 4));
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode record(EventRow row, EventReport report) throws IOException {
        String line = plover.line(row, report);
        assertFalse(line.contains("\n"), line);
        return mapper.readTree(line);
    }

    @Test
    void theCoreFieldsUsePloversNames() throws IOException {
        JsonNode record = record(EventRows.accusation("112"), EventRows.report());

        assertEquals("e1", record.get("id").asText());
        assertEquals("2024-09-26", record.get("date").asText());
        assertEquals("ACCUSE", record.get("event").get(0).asText());
        assertEquals("accused", record.get("event_text").get(0).asText());
        assertEquals(3, record.get("quad_code").asInt());
        assertEquals("disapprove", record.get("mode").get(0).asText());
        assertEquals("terrorism", record.get("context").get(0).asText());
        assertEquals("k1", record.get("link").asText());
        assertEquals("Pakistan accused the Taliban of sheltering fighters.", record.get("text").asText());
        assertEquals(60, record.get("text_info").get("end").asInt());
        assertEquals("https://news.example/border", record.get("cite_info").get("url").asText());
        assertEquals("USA", record.get("event_loc").get("cc3").asText());
        assertEquals("2024-10-04", record.get("coded_date").asText());
    }

    @Test
    void actorsCarryCodeSectorAndText() throws IOException {
        JsonNode record = record(EventRows.accusation("112", List.of("a1", "a3"), List.of("Pakistan", "China"),
                List.of("PAK", "CHN")), EventRows.report());

        assertEquals(2, record.get("source").size(), "joint actors stay in one record");
        assertEquals("PAK", record.get("source").get(0).get("code").asText());
        assertEquals("GOV", record.get("source").get(0).get("sector").asText());
        assertEquals("China", record.get("source").get(1).get("actor_text").asText());
        assertEquals("AFG", record.get("recipient").get(0).get("code").asText());
        assertEquals("REB", record.get("recipient").get(0).get("sector").asText());
    }

    @Test
    void sitrepsOwnFieldsComeBesidePlovers() throws IOException {
        JsonNode record = record(EventRows.accusation("112"), EventRows.report());

        assertEquals("asserted", record.get("factuality").asText());
        assertEquals("China", record.get("attribution").get("actor_text").asText());
        assertEquals("said", record.get("attribution").get("cue").asText());
        assertEquals("112", record.get("cameo").asText());
        assertEquals(4, record.get("num_mentions").asInt());
        assertEquals(3, record.get("num_articles").asInt());
    }

    @Test
    void aBareEventFallsBackToThePublicationDayAndItsOwnCode() throws IOException {
        JsonNode record = record(EventRows.bare("AID", "073"), EventRows.report());

        assertEquals("2024-10-03", record.get("date").asText());
        assertEquals("UN", record.get("source").get(0).get("code").asText());
        assertEquals("IGO", record.get("source").get(0).get("sector").asText());
        assertEquals(0, record.get("recipient").size());
        assertTrue(record.get("event_loc").isNull());
        assertTrue(record.get("attribution").isNull());
        assertEquals(2, record.get("quad_code").asInt());
    }

    @Test
    void everyPloverTypeHasAQuadCode() {
        for (String type : List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")) {
            Integer quad = PloverJsonl.quadCode(type);
            assertTrue(quad != null && quad >= 1 && quad <= 4, type);
        }
    }
}
