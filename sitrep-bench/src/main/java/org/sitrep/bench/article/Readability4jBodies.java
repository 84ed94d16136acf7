package org.sitrep.bench.article;

import java.util.List;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.sitrep.ingest.RawDocument;
import org.sitrep.ingest.TextDecoder;

/**
 * Readability4J on the page decoded by sitrep's own decoder, so both read the same characters.
 * Thread-safe: a new parser per page.
 */
final class Readability4jBodies implements BodyExtractor {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public List<InputKind> accepts() {
        return List.of(InputKind.HTML);
    }

    @Override
    public String body(RawDocument page) {
        Objects.requireNonNull(page, "page");
        String html = decoder.decode(page).text();
        Article article = new Readability4J(page.source(), html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
