package org.sitrep.bench.events;

import java.util.List;
import java.util.Objects;
import org.sitrep.events.lexicon.PloverType;

/**
 * One event sitrep coded, reduced to what the gold standard can check.
 *
 * @param type the PLOVER type
 * @param sources the actors' countries, three letters each ({@code ?} for an actor without a code)
 * @param targets the recipients' countries
 * @param reciprocal whether the event has no direction (every party under sources)
 * @param confidence the coder's confidence
 */
record PredictedEvent(PloverType type, List<String> sources, List<String> targets, boolean reciprocal,
                      double confidence) {

    /** The country of an actor without a code. */
    static final String UNCODED = "?";

    PredictedEvent {
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** The same event at the country level: an uncoded party ({@code ?}) dropped from a side with a coded one. */
    PredictedEvent coded() {
        return new PredictedEvent(type, codedSide(sources), codedSide(targets), reciprocal, confidence);
    }

    private static List<String> codedSide(List<String> side) {
        List<String> coded = side.stream().filter(c -> !UNCODED.equals(c)).toList();
        return coded.isEmpty() ? side : coded;
    }
}
