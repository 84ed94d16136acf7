package org.sitrep.bench.article;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import java.util.Objects;
import net.dankito.readability4j.Readability4J;
import org.sitrep.ingest.RawDocument;
import org.sitrep.ingest.TextDecoder;

/**
 * A peer library that reads HTML, run on the page decoded by sitrep's own decoder so that every extractor
 * reads the same characters. Thread-safe when {@code reader} is.
 */
final class PeerBodies implements BodyExtractor {

    /** What a peer does with one decoded page: its body text, or null when it found none. */
    @FunctionalInterface
    interface HtmlReader {
        String text(String html, String source) throws Exception;
    }

    private final TextDecoder decoder = new TextDecoder();
    private final String name;
    private final HtmlReader reader;

    private PeerBodies(String name, HtmlReader reader) {
        this.name = Objects.requireNonNull(name, "name");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Readability4J: the text content of the article it finds; a new parser per page. */
    static PeerBodies readability4j() {
        return new PeerBodies("readability4j", (html, source) -> new Readability4J(source, html).parse().getTextContent());
    }

    /** boilerpipe's ArticleExtractor: one block per line; its shared instance keeps no state between pages. */
    static PeerBodies boilerpipe() {
        return new PeerBodies("boilerpipe", (html, source) -> ArticleExtractor.INSTANCE.getText(html));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<InputKind> accepts() {
        return List.of(InputKind.HTML);
    }

    @Override
    public String body(RawDocument page) {
        Objects.requireNonNull(page, "page");
        String html = decoder.decode(page).text();
        try {
            String text = reader.text(html, page.source());
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed on " + page.source() + ": " + e.getMessage(), e);
        }
    }
}
