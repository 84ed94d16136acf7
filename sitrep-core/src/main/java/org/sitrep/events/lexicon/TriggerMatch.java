package org.sitrep.events.lexicon;

import java.util.List;

/**
 * Where a trigger was found in a list of lemmas and the senses it may have.
 *
 * @param start index of the first word
 * @param end index after the last word (a gap may lie inside)
 * @param positions indexes of the phrase's own words, gaps excluded ("pulled its troops out": 0 and 3)
 * @param senses the senses of the phrase, in file order: the first is the usual one
 */
public record TriggerMatch(int start, int end, List<Integer> positions, List<TriggerEntry> senses) {

    public TriggerMatch {
        positions = List.copyOf(positions);
        senses = List.copyOf(senses);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (senses.isEmpty()) {
            throw new IllegalArgumentException("a match needs at least one sense");
        }
    }

    /** The usual sense. */
    public TriggerEntry first() {
        return senses.get(0);
    }
}
