package org.sitrep.actors;

import java.util.List;
import java.util.Objects;

/**
 * A dictionary phrase found in a text: actors, a role word, or both.
 *
 * @param start first position, included: a UTF-16 offset when searching a string, a token index when
 *              searching a token list
 * @param end last position, excluded, in the same unit as {@code start}
 * @param text the matched text as it appears in the input
 * @param actors the entries this phrase names, possibly several ("Congo"), possibly none
 * @param role the sector of a role word ("foreign ministers" gives {@code GOV}), or null
 */
public record PhraseMatch(int start, int end, String text, List<AliasMatch> actors, Sector role) {

    public PhraseMatch {
        Objects.requireNonNull(text, "text");
        actors = List.copyOf(actors);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (actors.isEmpty() && role == null) {
            throw new IllegalArgumentException("a match names actors or a role: " + text);
        }
    }
}
