package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.actors.Actor;
import org.sitrep.events.Event;
import org.sitrep.events.Quote;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Problem;

/**
 * Writes sitrep's record (see the output contract) as one line of JSON, and reads a whole record back
 * ({@link #read(String)}), so that a store can load records analysed elsewhere (a Spark job) without
 * analysing them again. Thread-safe.
 */
public final class RecordJson {

    /** The version of the output contract these records follow. */
    public static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /** The record of an extraction: version, document and problems, on one line. */
    public String line(Extraction extraction) {
        Objects.requireNonNull(extraction, "extraction");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("version", VERSION);
        record.put("document", extraction.document());
        record.put("problems", extraction.problems());
        return write(record);
    }

    /** The whole record of an analysis: version, document, actors, events, quotes and problems, on one line. */
    public String line(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("version", VERSION);
        record.put("document", analysis.document());
        record.put("actors", analysis.actors());
        record.put("events", analysis.events());
        record.put("quotes", analysis.quotes());
        record.put("problems", analysis.problems());
        return write(record);
    }

    private String write(Map<String, Object> record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records are plain data and always serialise", e);
        }
    }

    /**
     * Reads back the whole record of an analysis, as {@link #line(Analysis)} writes it: {@code read(line(a))}
     * equals {@code a}.
     *
     * @throws IllegalArgumentException naming the problem when the text is not JSON, not a record of this
     *     contract version, lacks a part or holds a value the record's types refuse
     */
    public Analysis read(String line) {
        Objects.requireNonNull(line, "line");
        JsonNode root;
        try {
            root = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a sitrep record: expected a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw new IllegalArgumentException("not a sitrep record of version " + VERSION + ": version is "
                    + version);
        }
        return new Analysis(value(part(root, "document"), Document.class, "document"),
                list(root, "actors", Actor.class), list(root, "events", Event.class),
                list(root, "quotes", Quote.class), list(root, "problems", Problem.class));
    }

    private static JsonNode part(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("sitrep record without \"" + name + "\"");
        }
        return node;
    }

    private <T> List<T> list(JsonNode root, String name, Class<T> type) {
        JsonNode node = part(root, name);
        if (!node.isArray()) {
            throw new IllegalArgumentException("sitrep record whose \"" + name + "\" is not an array");
        }
        List<T> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            values.add(value(node.get(i), type, name + "[" + i + "]"));
        }
        return values;
    }

    private <T> T value(JsonNode node, Class<T> type, String where) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // Jackson wraps what a record's constructor refuses (a null id, a bad factuality): name the part.
            Throwable cause = e.getCause() != null && !(e instanceof IllegalArgumentException) ? e.getCause() : e;
            String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
            throw new IllegalArgumentException("bad " + where + " in sitrep record: " + message, e);
        }
    }
}
