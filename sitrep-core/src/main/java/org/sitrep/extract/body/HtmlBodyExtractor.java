package org.sitrep.extract.body;

import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a parsed HTML page. Thread-safe: holds no state between calls.
 */
public final class HtmlBodyExtractor {

    /**
     * Returns the article body of {@code page}: paragraphs in reading order, separated by a blank line,
     * or an empty string when the page has no body. The page is not modified.
     */
    public String extract(Document page) {
        Objects.requireNonNull(page, "page");
        return page.select("p").stream()
                .map(Element::text)
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n\n"));
    }
}
