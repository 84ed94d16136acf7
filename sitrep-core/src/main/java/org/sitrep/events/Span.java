package org.sitrep.events;

/**
 * A stretch of the document text: half-open {@code [start, end)} in UTF-16 units.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
