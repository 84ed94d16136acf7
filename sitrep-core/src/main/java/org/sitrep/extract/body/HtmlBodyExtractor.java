package org.sitrep.extract.body;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a parsed HTML page. Thread-safe: holds no state between calls.
 *
 * <p>Works in three steps, each on general signals only: {@link PageStats} measures text and link
 * lengths once per element and marks furniture by class, id and tag; {@link ContentLocator} scores
 * paragraphs and picks the container of the article; {@link HtmlBlockReader} and {@link BodyAssembler}
 * read that container as blocks and drop the furniture left inside it.
 */
public final class HtmlBodyExtractor {

    /**
     * Returns the article body of {@code page}: paragraphs in reading order, separated by a blank line,
     * or an empty string when the page has no body. The page is not modified.
     */
    public String extract(Document page) {
        Objects.requireNonNull(page, "page");
        Element root = page.body();
        if (root == null) {
            return "";
        }
        PageStats stats = new PageStats(root);
        List<Element> containers = new ContentLocator(stats).locate(root);
        if (containers.isEmpty()) {
            return "";
        }
        List<Block> blocks = new HtmlBlockReader(stats).read(containers);
        return BodyAssembler.join(Headline.dropLeading(BodyAssembler.keep(blocks), page.title()));
    }
}
