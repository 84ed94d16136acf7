package org.sitrep.bench.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.ingest.RawDocument;

/**
 * Runs an extractor over benchmark pages. A page the extractor throws on (an exception, or a linkage error
 * from a peer library built against an older jsoup) gets an empty body and a line in the failures, and the
 * run goes on: an extractor's failures are part of its score.
 */
public final class ExtractionRunner {

    private final ArticleDataset dataset;

    public ExtractionRunner(ArticleDataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** Runs {@code extractor} over {@code pages} in the rendering {@code input}. */
    public ExtractionRun run(BodyExtractor extractor, InputKind input, List<BenchmarkPage> pages) {
        Objects.requireNonNull(extractor, "extractor");
        if (!extractor.accepts().contains(input)) {
            throw new IllegalArgumentException(extractor.name() + " does not read " + input.id());
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (BenchmarkPage page : pages) {
            RawDocument raw = read(page.id(), input);
            try {
                bodies.put(page.id(), extractor.body(raw));
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                bodies.put(page.id(), "");
                failures.add(page.id() + ": " + e);
            }
        }
        return new ExtractionRun(extractor.name(), input, bodies, failures);
    }

    /** Reads page {@code id} in the rendering {@code input}, with its path as the source. */
    public RawDocument read(String id, InputKind input) {
        Path file = dataset.input(id, input);
        try {
            return new RawDocument(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark page " + file, e);
        }
    }
}
