package org.sitrep.actors;

import java.util.Objects;

/**
 * Where an actor is named in the document text: half-open {@code [start, end)} in UTF-16 units, so
 * {@code document.text().substring(start, end)} equals {@code text}.
 *
 * @param start first character
 * @param end one past the last character
 * @param text the words as written
 */
public record Mention(int start, int end, String text) {

    public Mention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
