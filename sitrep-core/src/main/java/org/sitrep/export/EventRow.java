package org.sitrep.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the {@code events} table: an event with its actors and recipients spelled out (ids, codes,
 * countries and names, in the same order), its factuality and attribution, and the sentence it came from.
 *
 * <p>{@code eventKey} names the real-world event: the same day-or-period, type, actors and recipients give the
 * same key in any document, so reports of one event in several articles are counted by grouping on it.
 * Codes are empty strings for actors that have none.
 */
public record EventRow(String docId, String eventId, String eventKey, String type, String mode,
                       List<String> contexts, String cameo,
                       List<String> actorIds, List<String> actorCodes, List<String> actorCountries,
                       List<String> actorNames,
                       List<String> recipientIds, List<String> recipientCodes, List<String> recipientCountries,
                       List<String> recipientNames,
                       String factuality, String attributionId, String attributionName, String attributionCode,
                       String attributionCue, String date, LocalDate day, String locationName,
                       String locationCountry, int sentenceStart, int sentenceEnd, String sentence,
                       Integer triggerStart, Integer triggerEnd, String triggerText, double confidence) {

    /** The {@code events} table. */
    public static final Table TABLE = new Table("events", List.of(
            Column.text("doc_id"), Column.text("event_id"), Column.text("event_key"), Column.text("type"),
            Column.text("mode"), Column.list("contexts"), Column.text("cameo"),
            Column.list("actor_ids"), Column.list("actor_codes"), Column.list("actor_countries"),
            Column.list("actor_names"),
            Column.list("recipient_ids"), Column.list("recipient_codes"), Column.list("recipient_countries"),
            Column.list("recipient_names"),
            Column.text("factuality"), Column.text("attribution_id"), Column.text("attribution_name"),
            Column.text("attribution_code"), Column.text("attribution_cue"), Column.text("date"),
            Column.date("day"), Column.text("location_name"), Column.text("location_country"),
            Column.integer("sentence_start"), Column.integer("sentence_end"), Column.text("sentence"),
            Column.integer("trigger_start"), Column.integer("trigger_end"), Column.text("trigger_text"),
            Column.real("confidence")));

    public EventRow {
        contexts = List.copyOf(contexts);
        actorIds = List.copyOf(actorIds);
        actorCodes = List.copyOf(actorCodes);
        actorCountries = List.copyOf(actorCountries);
        actorNames = List.copyOf(actorNames);
        recipientIds = List.copyOf(recipientIds);
        recipientCodes = List.copyOf(recipientCodes);
        recipientCountries = List.copyOf(recipientCountries);
        recipientNames = List.copyOf(recipientNames);
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    public List<Object> values() {
        return Arrays.asList(docId, eventId, eventKey, type, mode, contexts, cameo,
                actorIds, actorCodes, actorCountries, actorNames,
                recipientIds, recipientCodes, recipientCountries, recipientNames,
                factuality, attributionId, attributionName, attributionCode, attributionCue, date, day,
                locationName, locationCountry, sentenceStart, sentenceEnd, sentence,
                triggerStart, triggerEnd, triggerText, confidence);
    }
}
