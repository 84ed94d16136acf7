package org.sitrep.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event as the output contract writes it.
 *
 * @param id stable id: the same input gives the same id
 * @param type one of the 16 PLOVER types (AGREE ... ASSAULT)
 * @param mode the PLOVER mode, or null
 * @param contexts PLOVER contexts, possibly empty
 * @param cameo the matching CAMEO code as a string ("111")
 * @param actors actor ids of who acted; for reciprocal acts, every party
 * @param recipients actor ids of whom it was done to; empty for reciprocal acts
 * @param factuality asserted, negated, possible, hypothetical or future
 * @param attribution who the text says is the source, or null when the article asserts it itself
 * @param date ISO date of the event, or null
 * @param location where, or null
 * @param sentence the sentence the event comes from
 * @param trigger the words that name it, or null
 * @param confidence from 0 to 1
 */
public record Event(String id, String type, String mode, List<String> contexts, String cameo, List<String> actors,
                    List<String> recipients, String factuality, Attribution attribution, String date,
                    Location location, Span sentence, Trigger trigger, double confidence) {

    /** The factuality values of the output contract. */
    public static final Set<String> FACTUALITIES = Set.of("asserted", "negated", "possible", "hypothetical", "future");

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(sentence, "sentence");
        contexts = List.copyOf(contexts);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        if (!FACTUALITIES.contains(factuality)) {
            throw new IllegalArgumentException("unknown factuality '" + factuality + "', expected one of " + FACTUALITIES);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
