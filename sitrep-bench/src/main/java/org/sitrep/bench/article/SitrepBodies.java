package org.sitrep.bench.article;

import java.util.List;
import java.util.Objects;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.RawDocument;

/** sitrep's extract stage (decode, detect, parse, body and metadata), keeping the body. Thread-safe. */
final class SitrepBodies implements BodyExtractor {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public String name() {
        return "sitrep";
    }

    @Override
    public List<InputKind> accepts() {
        return List.of(InputKind.values());
    }

    @Override
    public String body(RawDocument page) {
        Objects.requireNonNull(page, "page");
        return extractor.apply(page).document().text();
    }
}
