package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sitrep.extract.Extraction;
import org.sitrep.pipeline.Analysis;

/**
 * Writes sitrep's record (see the output contract) as one line of JSON. Thread-safe.
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
}
