package org.sitrep.events;

import java.util.Objects;

/**
 * The words that name an event ("critical", "called on", "blamed"), as written in the document text.
 *
 * @param start first character
 * @param end one past the last character
 * @param text the words as written
 */
public record Trigger(int start, int end, String text) {

    public Trigger {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad trigger [" + start + ", " + end + ")");
        }
    }
}
