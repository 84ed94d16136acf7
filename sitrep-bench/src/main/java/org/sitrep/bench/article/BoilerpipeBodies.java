package org.sitrep.bench.article;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import java.util.Objects;
import org.sitrep.ingest.RawDocument;
import org.sitrep.ingest.TextDecoder;

/**
 * boilerpipe's ArticleExtractor on the page decoded by sitrep's own decoder. Its text has one block per
 * line. Thread-safe: boilerpipe's extractor keeps no state between pages.
 */
final class BoilerpipeBodies implements BodyExtractor {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String name() {
        return "boilerpipe";
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
            String text = ArticleExtractor.INSTANCE.getText(html);
            return text == null ? "" : text;
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException("boilerpipe failed on " + page.source() + ": " + e.getMessage(), e);
        }
    }
}
