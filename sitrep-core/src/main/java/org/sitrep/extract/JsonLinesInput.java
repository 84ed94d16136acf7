package org.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Reads JSON Lines of {@code {"id", "text", "title", "published"}} (only {@code text} required) into
 * documents, one per non-blank line. A line that is not such an object is reported and skipped.
 * The text of such a record is taken as already clean, so it skips the extract stage. Thread-safe.
 */
public final class JsonLinesInput {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The documents of one input; {@code raw.source()} names it in ids and error messages. */
    public List<Extraction> documents(RawDocument raw, Consumer<DocumentException> errors) {
        String[] lines = new String(raw.content(), StandardCharsets.UTF_8).split("\r?\n");
        List<Extraction> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String source = raw.source() + ":" + (i + 1);
            try {
                out.add(document(source, lines[i]));
            } catch (DocumentException e) {
                errors.accept(e);
            }
        }
        return out;
    }

    /**
     * The document of one line.
     *
     * @param source names the line, e.g. {@code file.jsonl:12}
     * @throws DocumentException when the line is not an object with a {@code text} string
     */
    public Extraction document(String source, String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DocumentException(source, new Problem("bad-json", "not a JSON object: " + e.getOriginalMessage()));
        }
        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
            throw new DocumentException(source, new Problem("bad-json", "a line needs an object with a \"text\" string"));
        }
        String id = textOr(node, "id", RawDocument.ofText(source, line).sha256());
        Document document = new Document(id, source, "jsonl", textOr(node, "title", null), List.of(),
                textOr(node, "published", null), null, List.of(), null, node.get("text").asText());
        return new Extraction(document, List.of());
    }

    private static String textOr(JsonNode node, String field, String otherwise) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : otherwise;
    }
}
