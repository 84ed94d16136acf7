package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes events as PLOVER records, one JSON object a line, with the field names of the PLOVER specification's
 * "JSON Data Fields" chapter (PLOVER manual, Open Event Data Alliance, draft 0.7b1/0.8:
 * github.com/openeventdata/PLOVER, {@code PLOVER_MANUAL.tex}):
 *
 * <ul>
 * <li>{@code id} (the event id), {@code has_event} (true), {@code date} (the event's day, else the article's,
 *     {@code YYYY-MM-DD});</li>
 * <li>{@code source} and {@code recipient}: lists of actor objects with {@code code} (the top-level code: the
 *     actor's country, else its own code), {@code sector} and {@code actor_text} (its name); joint actors stay
 *     in one list, as PLOVER asks;</li>
 * <li>{@code event} (a list of PLOVER categories), {@code event_text} (the trigger), {@code quad_code} (PLOVER's
 *     quad categories, 1-4), {@code mode} and {@code context} (lists), {@code event_loc} (a location object
 *     with {@code name} and {@code cc3});</li>
 * <li>{@code link} (the key shared by every report of the same real-world event), {@code text} (the sentence),
 *     {@code text_info} ({@code start}, {@code end}), {@code cite_info} ({@code url}), {@code coder},
 *     {@code coded_date}.</li>
 * </ul>
 *
 * PLOVER lets providers add fields; sitrep adds {@code doc_id}, {@code cameo}, {@code factuality},
 * {@code attribution} ({@code actor_text}, {@code code}, {@code cue}), {@code confidence} and the report counts
 * {@code num_mentions}, {@code num_sources}, {@code num_articles}. Thread-safe.
 */
public final class PloverJsonl {

    /** The {@code coder} written on every record. */
    public static final String CODER = "sitrep";

    private static final Map<String, Integer> QUAD = quadCodes();

    private final ObjectMapper mapper = new ObjectMapper();
    private final LocalDate codedDate;

    /** @param codedDate the day of the export ({@code coded_date}) */
    public PloverJsonl(LocalDate codedDate) {
        this.codedDate = Objects.requireNonNull(codedDate, "codedDate");
    }

    /** PLOVER's quad categories: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
    private static Map<String, Integer> quadCodes() {
        Map<String, Integer> quad = new LinkedHashMap<>();
        List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE").forEach(t -> quad.put(t, 1));
        List.of("COOPERATE", "AID", "RETREAT").forEach(t -> quad.put(t, 2));
        List.of("REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN").forEach(t -> quad.put(t, 3));
        List.of("PROTEST", "MOBILIZE", "COERCE", "ASSAULT").forEach(t -> quad.put(t, 4));
        return Map.copyOf(quad);
    }

    /** The quad code of a PLOVER type, or null for an unknown type. */
    static Integer quadCode(String type) {
        return type == null ? null : QUAD.get(type);
    }

    /** One event as one line of JSON (no line break inside). */
    public String line(EventRow event, EventReport report) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(report, "report");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", event.eventId());
        record.put("has_event", true);
        LocalDate day = event.day() != null ? event.day() : report.publishedDay();
        record.put("date", day == null ? null : day.toString());
        record.put("source", actors(event, event.actorIds(), event.actorNames(), event.actorCountries(),
                event.actorCodes(), report));
        record.put("recipient", actors(event, event.recipientIds(), event.recipientNames(),
                event.recipientCountries(), event.recipientCodes(), report));
        record.put("event", List.of(event.type()));
        record.put("event_text", event.triggerText() == null ? List.of() : List.of(event.triggerText()));
        record.put("quad_code", quadCode(event.type()));
        record.put("mode", event.mode() == null ? List.of() : List.of(event.mode()));
        record.put("context", event.contexts());
        record.put("event_loc", location(event));
        record.put("link", event.eventKey());
        record.put("text", event.sentence());
        record.put("text_info", Map.of("start", event.sentenceStart(), "end", event.sentenceEnd()));
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("url", report.sourceUrl());
        record.put("cite_info", cite);
        record.put("coder", CODER);
        record.put("coded_date", codedDate.toString());
        record.put("doc_id", event.docId());
        record.put("cameo", event.cameo());
        record.put("factuality", event.factuality());
        record.put("attribution", attribution(event));
        record.put("confidence", event.confidence());
        record.put("num_mentions", report.mentions());
        record.put("num_sources", report.sources());
        record.put("num_articles", report.articles());
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event rows are plain data and always serialise", e);
        }
    }

    private static List<Map<String, Object>> actors(EventRow event, List<String> ids, List<String> names,
                                                    List<String> countries, List<String> codes, EventReport report) {
        List<Map<String, Object>> actors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ActorRow row = report.actor(event.docId(), ids.get(i));
            String country = i < countries.size() ? countries.get(i) : "";
            String code = i < codes.size() ? codes.get(i) : "";
            Map<String, Object> actor = new LinkedHashMap<>();
            actor.put("code", !country.isEmpty() ? country : !code.isEmpty() ? code : null);
            actor.put("sector", row == null ? null : row.sector());
            actor.put("actor_text", i < names.size() ? names.get(i) : null);
            actors.add(actor);
        }
        return actors;
    }

    private static Map<String, Object> location(EventRow event) {
        if (event.locationName() == null && event.locationCountry() == null) {
            return null;
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("name", event.locationName());
        location.put("cc3", event.locationCountry());
        return location;
    }

    private static Map<String, Object> attribution(EventRow event) {
        if (event.attributionId() == null && event.attributionCue() == null) {
            return null;
        }
        Map<String, Object> attribution = new LinkedHashMap<>();
        attribution.put("actor_text", event.attributionName());
        attribution.put("code", event.attributionCode());
        attribution.put("cue", event.attributionCue());
        return attribution;
    }
}
