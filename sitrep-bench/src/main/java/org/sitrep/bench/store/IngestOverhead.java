package org.sitrep.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sitrep.export.RecordJson;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.Ingest;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * What the store adds to the cost of analysing: the same pages through {@code analyze} alone (extract, analyse,
 * write the JSON record) and through {@code ingest} (the same, then into a fresh store: open, batches, close),
 * in interleaved rounds on the calling thread, the one that goes first alternating. Not thread-safe.
 */
public final class IngestOverhead {

    /**
     * Seconds per measured round of each path.
     *
     * @param analyze analyze alone
     * @param ingest analyze and store
     * @param pages pages per round
     * @param failed documents that failed in the last round of either path
     */
    public record Result(List<Double> analyze, List<Double> ingest, int pages, int failed) {

        public Result {
            analyze = List.copyOf(analyze);
            ingest = List.copyOf(ingest);
        }

        /** The median over rounds of ingest time / analyze time. */
        public double medianRatio() {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < analyze.size(); i++) {
                ratios.add(ingest.get(i) / analyze.get(i));
            }
            return new Latencies("ratio", ratios).median();
        }
    }

    private final int warmupRounds;
    private final int measuredRounds;
    private final int batchSize;

    public IngestOverhead(int warmupRounds, int measuredRounds, int batchSize) {
        if (warmupRounds < 0 || measuredRounds < 1 || batchSize < 1) {
            throw new IllegalArgumentException("need >= 0 warm-up rounds, >= 1 measured rounds and a batch >= 1, got "
                    + warmupRounds + ", " + measuredRounds + ", " + batchSize);
        }
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
        this.batchSize = batchSize;
    }

    /** Runs the rounds; each ingest writes a new store under {@code scratch}, deleted after the round. */
    public Result run(List<RawDocument> pages, Stage<org.sitrep.extract.Extraction, Analysis> analyzer, Path scratch) {
        Objects.requireNonNull(pages, "pages");
        ArticleExtractor extractor = new ArticleExtractor();
        RecordJson json = new RecordJson();
        List<Double> analyze = new ArrayList<>();
        List<Double> ingest = new ArrayList<>();
        int[] failed = new int[2];
        for (int round = 0; round < warmupRounds + measuredRounds; round++) {
            double a = 0;
            double b = 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn + round) % 2 == 0) {
                    long t0 = System.nanoTime();
                    failed[0] = analyzeAll(pages, extractor, analyzer, json);
                    a = (System.nanoTime() - t0) / 1e9;
                } else {
                    Path dir = scratch.resolve("round-" + round);
                    long t0 = System.nanoTime();
                    failed[1] = ingestAll(pages, extractor, analyzer, dir);
                    b = (System.nanoTime() - t0) / 1e9;
                    delete(dir);
                }
            }
            if (round >= warmupRounds) {
                analyze.add(a);
                ingest.add(b);
            }
        }
        return new Result(analyze, ingest, pages.size(), failed[0] + failed[1]);
    }

    private static int analyzeAll(List<RawDocument> pages, ArticleExtractor extractor,
                                  Stage<org.sitrep.extract.Extraction, Analysis> analyzer, RecordJson json) {
        int failed = 0;
        long characters = 0;
        for (RawDocument page : pages) {
            try {
                characters += json.line(analyzer.apply(extractor.apply(page))).length();
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return characters < 0 ? -1 : failed; // the lines are used, so no JIT can skip writing them
    }

    private int ingestAll(List<RawDocument> pages, ArticleExtractor extractor,
                          Stage<org.sitrep.extract.Extraction, Analysis> analyzer, Path dir) {
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), batchSize, Clock.systemUTC())) {
            Ingest ingest = new Ingest(writer, extractor, analyzer, e -> { });
            pages.forEach(ingest::add);
            return (int) ingest.counts().failed();
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
