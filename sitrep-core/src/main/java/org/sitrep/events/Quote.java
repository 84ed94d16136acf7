package org.sitrep.events;

import java.util.Objects;

/**
 * Words the text quotes, with who said them.
 *
 * @param start first character of the quoted words
 * @param end one past the last character
 * @param text the quoted words as written
 * @param speaker the actor id of the speaker, or null when unknown
 * @param cue the speech verb or phrase ("said", "told reporters"), or null
 */
public record Quote(int start, int end, String text, String speaker, String cue) {

    public Quote {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad quote [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
