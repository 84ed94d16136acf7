package org.sitrep.nlp;

import java.util.Objects;

/**
 * A stretch of a document's text: half-open {@code [start, end)} in UTF-16 code units (Java {@code String}
 * indices) into the original text given to the annotator, so {@code text.substring(start, end)} is always the
 * text as written. This is the only offset rule in sitrep; every span in the output uses it.
 *
 * @param start the first char, included
 * @param end the char after the last, excluded; equal to {@code start} for an empty span
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must have 0 <= start <= end: [" + start + ", " + end + ")");
        }
    }

    /** The number of UTF-16 code units covered. */
    public int length() {
        return end - start;
    }

    /**
     * The covered text.
     *
     * @throws IllegalArgumentException when the span does not lie inside the text
     */
    public String of(String text) {
        checkWithin(Objects.requireNonNull(text, "text").length());
        return text.substring(start, end);
    }

    /** Whether the other span lies entirely inside this one. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The same span moved right by {@code offset} chars, e.g. from a chunk into its whole document. */
    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    /**
     * Checks that the span lies inside a text of this length.
     *
     * @throws IllegalArgumentException naming the span and the length otherwise
     */
    public Span checkWithin(int length) {
        if (end > length) {
            throw new IllegalArgumentException("span " + this + " ends after the text's length " + length);
        }
        return this;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
