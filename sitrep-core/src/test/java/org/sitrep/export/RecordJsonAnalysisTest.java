package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Mention;
import org.sitrep.events.Attribution;
import org.sitrep.events.Event;
import org.sitrep.events.Quote;
import org.sitrep.events.Span;
import org.sitrep.events.Trigger;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;

/** The whole record, written as the output contract names its fields. */
class RecordJsonAnalysisTest {

    private static final String TEXT = "Kazakhstan criticised Kyrgyzstan on Monday. \"Enough,\" the minister said.";

    @Test
    void writesEveryPartOfTheRecordWithTheContractsFieldNames() throws Exception {
        Document document = new Document("f00d", "t.txt", "text", null, List.of(), "2025-01-06", null, List.of(),
                "en", TEXT);
        Actor kaz = new Actor("a1", "Kazakhstan", "KAZ", "KAZ", "GOV", "country", List.of(new Mention(0, 10, "Kazakhstan")));
        Actor kgz = new Actor("a2", "Kyrgyzstan", "KGZ", "KGZ", "GOV", "country", List.of(new Mention(22, 32, "Kyrgyzstan")));
        Event event = new Event("e1", "ACCUSE", "disapprove", List.of(), "111", List.of("a1"), List.of("a2"), "asserted",
                new Attribution(null, "said"), "2025-01-06", null, new Span(0, 43), new Trigger(11, 21, "criticised"), 0.9);
        Quote quote = new Quote(45, 51, "Enough", "a1", "said");
        JsonNode record = new ObjectMapper().readTree(new RecordJson().line(new Analysis(document,
                List.of(kaz, kgz), List.of(event), List.of(quote), List.of())));
        assertEquals(1, record.get("version").asInt());
        assertEquals("KAZ", record.at("/actors/0/code").asText());
        assertEquals("Kazakhstan", TEXT.substring(record.at("/actors/0/mentions/0/start").asInt(),
                record.at("/actors/0/mentions/0/end").asInt()));
        assertEquals("a2", record.at("/events/0/recipients/0").asText());
        assertEquals("criticised", record.at("/events/0/trigger/text").asText());
        assertEquals(43, record.at("/events/0/sentence/end").asInt());
        assertTrue(record.at("/events/0/location").isNull());
        assertEquals("a1", record.at("/quotes/0/speaker").asText());
        assertTrue(record.get("problems").isArray());
    }

    @Test
    void eventRejectsAFactualityOutsideTheContract() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Event("e", "ACCUSE", null,
                List.of(), "111", List.of(), List.of(), "certain", null, null, null, new Span(0, 1), null, 0.5));
        assertTrue(e.getMessage().contains("certain"));
    }
}
