package org.sitrep.events.lexicon;

import java.util.List;

/**
 * Where a factuality cue was found in a sentence.
 *
 * @param start index of the first word
 * @param end index after the last word
 * @param positions indexes of the cue's own words, gaps excluded
 * @param cues the cues of that phrase (usually one)
 */
public record CueMatch(int start, int end, List<Integer> positions, List<FactualityCue> cues) {

    public CueMatch {
        positions = List.copyOf(positions);
        cues = List.copyOf(cues);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("a match needs at least one cue");
        }
    }

    /** The first cue of the phrase. */
    public FactualityCue first() {
        return cues.get(0);
    }
}
