package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.pipeline.Problem;

class RecordJsonTest {

    private static final Document DOCUMENT = new Document("ab12", "in/story.html", "html", "Envoys meet",
            List.of("Maria Lind"), "2026-03-04", null, List.of("Europe"), "en",
            "The envoys met.\n\nThey said \"enough\" \u2014 and left.");

    @Test
    void aRecordIsOneLineThatParsesBackToTheContractShape() throws Exception {
        String line = new RecordJson().line(new Extraction(DOCUMENT, List.of(new Problem("encoding", "guessed"))));
        assertFalse(line.contains("\n"), line);
        JsonNode record = new ObjectMapper().readTree(line);
        assertEquals(List.of("version", "document", "problems"), fieldNames(record));
        assertEquals(RecordJson.VERSION, record.get("version").asInt());
        JsonNode document = record.get("document");
        assertEquals(List.of("id", "source", "format", "title", "authors", "published", "publisher", "tags",
                "language", "text"), fieldNames(document));
        assertEquals("Maria Lind", document.get("authors").get(0).asText());
        assertTrue(document.get("publisher").isNull());
        assertEquals(DOCUMENT.text(), document.get("text").asText());
        assertEquals("encoding", record.get("problems").get(0).get("kind").asText());
        assertEquals("guessed", record.get("problems").get(0).get("message").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> new RecordJson().line((org.sitrep.extract.Extraction) null));
        assertThrows(NullPointerException.class, () -> new RecordJson().line((org.sitrep.pipeline.Analysis) null));
    }
}
