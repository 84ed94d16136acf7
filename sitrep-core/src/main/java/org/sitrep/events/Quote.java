package org.sitrep.events;

import java.util.List;
import java.util.Objects;

/**
 * Words the text quotes, with who said them.
 *
 * @param start first character of the quoted words
 * @param end one past the last character
 * @param text the quoted words as written
 * @param speaker the actor id of the speaker (the first, when several speak together), or null when unknown
 * @param speakers every speaker's actor id ("the four ministers said"), the first being {@code speaker}
 * @param cue the speech verb or phrase ("said", "told reporters"), or null
 */
public record Quote(int start, int end, String text, String speaker, List<String> speakers, String cue) {

    public Quote {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad quote [" + start + ", " + end + ") for '" + text + "'");
        }
        speakers = FirstOfList.of(speaker, speakers, "quote speaker");
    }

    /** A quote with one speaker, or none ({@code speaker} null). */
    public Quote(int start, int end, String text, String speaker, String cue) {
        this(start, end, text, speaker, speaker == null ? List.of() : List.of(speaker), cue);
    }
}
