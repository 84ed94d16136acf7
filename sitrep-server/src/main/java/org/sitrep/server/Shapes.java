package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.sitrep.export.EventRow;
import org.sitrep.store.DocumentRef;
import org.sitrep.store.EventFilter;

/**
 * The JSON shapes the API answers with, built from the store's records. An event looks the same in a listing
 * and on its article's page: its parties spelled out ({@code {id, code, name}}), its side (cooperation or
 * conflict) and its sentence with offsets into the article's text.
 */
final class Shapes {

    private final ObjectMapper mapper;

    Shapes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code cooperation} or {@code conflict}, as the store counts PLOVER types in timelines and networks. */
    static String side(String type) {
        return EventFilter.isCooperation(type) ? "cooperation" : "conflict";
    }

    /** One event of a listing, with the document it was found in and how widely it was reported. */
    static Map<String, Object> event(EventRow e, DocumentRef doc, int mentions, int articles, int sources) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.eventId());
        out.put("docId", e.docId());
        out.put("key", e.eventKey());
        out.put("type", e.type());
        out.put("side", side(e.type()));
        out.put("mode", e.mode());
        out.put("cameo", e.cameo());
        out.put("contexts", e.contexts());
        out.put("actors", parties(e.actorIds(), e.actorCodes(), e.actorNames()));
        out.put("recipients", parties(e.recipientIds(), e.recipientCodes(), e.recipientNames()));
        out.put("factuality", e.factuality());
        out.put("attribution", e.attributionName() == null && e.attributionCue() == null ? null
                : party(e.attributionId(), e.attributionCode(), e.attributionName(), e.attributionCue()));
        out.put("date", e.date());
        out.put("location", e.locationName() == null ? null
                : Map.of("name", e.locationName(), "country", String.valueOf(e.locationCountry())));
        out.put("sentence", span(e.sentenceStart(), e.sentenceEnd(), e.sentence()));
        out.put("trigger", e.triggerStart() == null ? null : span(e.triggerStart(), e.triggerEnd(), e.triggerText()));
        out.put("confidence", e.confidence());
        out.put("title", doc.title());
        out.put("published", doc.published());
        out.put("source", doc.source());
        out.put("reports", Map.of("mentions", mentions, "articles", articles, "sources", sources));
        return out;
    }

    private static List<Map<String, Object>> parties(List<String> ids, List<String> codes, List<String> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(party(ids.get(i), i < codes.size() ? codes.get(i) : null, i < names.size() ? names.get(i) : null,
                    null));
        }
        return out;
    }

    private static Map<String, Object> party(String id, String code, String name, String cue) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("code", code == null || code.isEmpty() ? null : code);
        out.put("name", name);
        if (cue != null) {
            out.put("cue", cue);
        }
        return out;
    }

    private static Map<String, Object> span(int start, int end, String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", start);
        out.put("end", end);
        out.put("text", text);
        return out;
    }

    /**
     * A snippet as pieces of plain text, each marked as a hit or not. The store marks hits with {@code <b>} in
     * otherwise escaped HTML; the page gets text only, so it never has to parse markup.
     */
    static List<Map<String, Object>> snippet(String html) {
        List<Map<String, Object>> parts = new ArrayList<>();
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf("<b>", at);
            if (open < 0) {
                addPart(parts, html.substring(at), false);
                break;
            }
            addPart(parts, html.substring(at, open), false);
            int close = html.indexOf("</b>", open + 3);
            int end = close < 0 ? html.length() : close;
            addPart(parts, html.substring(open + 3, end), true);
            at = close < 0 ? html.length() : close + 4;
        }
        return parts;
    }

    private static void addPart(List<Map<String, Object>> parts, String html, boolean hit) {
        if (!html.isEmpty()) {
            parts.add(Map.of("text", Parser.unescapeEntities(html, false), "hit", hit));
        }
    }

    /**
     * A stored record (the output contract) as the article page reads it: the document, its actors and quotes
     * as stored, its events with their parties spelled out, their side, and their sentence's text.
     */
    Map<String, Object> record(DocumentRef ref, String recordJson) {
        JsonNode record;
        try {
            record = mapper.readTree(recordJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("the store holds a record that is not JSON: " + ref.docId(), e);
        }
        String text = record.path("document").path("text").asText("");
        Map<String, JsonNode> actors = new HashMap<>();
        record.path("actors").forEach(a -> actors.put(a.path("id").asText(), a));
        ArrayNode events = mapper.createArrayNode();
        record.path("events").forEach(e -> events.add(recordEvent(e, actors, text)));
        List<String> problems = new ArrayList<>();
        record.path("problems").forEach(p -> problems.add(p.path("kind").asText() + ": " + p.path("message").asText()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", record.path("document"));
        out.put("duplicateOf", ref.duplicateOf());
        out.put("actors", record.path("actors"));
        out.put("events", events);
        out.put("quotes", record.path("quotes"));
        out.put("problems", problems);
        return out;
    }

    private ObjectNode recordEvent(JsonNode e, Map<String, JsonNode> actors, String text) {
        ObjectNode out = e.deepCopy();
        out.put("side", side(e.path("type").asText()));
        out.set("actors", recordParties(e.path("actors"), actors));
        out.set("recipients", recordParties(e.path("recipients"), actors));
        JsonNode attribution = e.path("attribution");
        if (attribution.isObject()) {
            ObjectNode source = recordParty(attribution.path("actor").asText(null), actors);
            source.set("cue", attribution.path("cue"));
            source.set("parties", recordParties(attribution.path("actors"), actors)); // a joint claim's every source
            out.set("attribution", source);
        }
        if (out.get("sentence") instanceof ObjectNode sentence) {
            int end = Math.max(0, Math.min(sentence.path("end").asInt(0), text.length()));
            int start = Math.max(0, Math.min(sentence.path("start").asInt(0), end));
            sentence.put("text", text.substring(start, end));
        }
        return out;
    }

    private ArrayNode recordParties(JsonNode ids, Map<String, JsonNode> actors) {
        ArrayNode out = mapper.createArrayNode();
        ids.forEach(id -> out.add(recordParty(id.asText(), actors)));
        return out;
    }

    private ObjectNode recordParty(String id, Map<String, JsonNode> actors) {
        ObjectNode out = mapper.createObjectNode();
        JsonNode actor = id == null ? null : actors.get(id);
        out.put("id", id);
        out.put("code", actor == null ? null : actor.path("code").asText(null));
        out.put("name", actor == null ? null : actor.path("name").asText(null));
        return out;
    }
}
