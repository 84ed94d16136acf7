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
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.Ingest;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * What the store adds to the cost of analysing: the same pages through {@code analyze} alone (extract, analyse,
 * write the JSON record) and through {@code ingest} (the same, then into a fresh store: open, batches, close),
 * page by page in turns on the calling thread. Not thread-safe.
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

        /** Ingest time over analyze time, all measured rounds together. */
        public double ratio() {
            return ingest.stream().reduce(0.0, Double::sum)
                    / analyze.stream().reduce(0.0, Double::sum);
        }

        /** Ingest time over analyze time in each measured round. */
        public List<Double> roundRatios() {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < analyze.size(); i++) {
                ratios.add(ingest.get(i) / analyze.get(i));
            }
            return ratios;
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

    /**
     * Runs the rounds; each ingest writes a new store under {@code scratch}, deleted after the round. Within a
     * round the two paths take turns page by page (which goes first alternating), so that both see the same
     * load on a shared machine; the ingest time includes opening the store, its batch writes and closing it.
     */
    public Result run(List<RawDocument> pages, Stage<Extraction, Analysis> analyzer, Path scratch) {
        Objects.requireNonNull(pages, "pages");
        ArticleExtractor extractor = new ArticleExtractor();
        RecordJson json = new RecordJson();
        List<Double> analyze = new ArrayList<>();
        List<Double> ingest = new ArrayList<>();
        int failed = 0;
        for (int round = 0; round < warmupRounds + measuredRounds; round++) {
            Path dir = scratch.resolve("round-" + round);
            long analyzeNanos = 0;
            long t0 = System.nanoTime();
            StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), batchSize, Clock.systemUTC());
            Ingest store = new Ingest(writer, extractor, analyzer, e -> { });
            long ingestNanos = System.nanoTime() - t0;
            int analyzeFailed = 0;
            for (int i = 0; i < pages.size(); i++) {
                for (int turn = 0; turn < 2; turn++) {
                    long start = System.nanoTime();
                    if ((turn + i + round) % 2 == 0) {
                        analyzeFailed += analyzeOne(pages.get(i), extractor, analyzer, json);
                        analyzeNanos += System.nanoTime() - start;
                    } else {
                        store.add(pages.get(i));
                        ingestNanos += System.nanoTime() - start;
                    }
                }
            }
            t0 = System.nanoTime();
            writer.close();
            ingestNanos += System.nanoTime() - t0;
            delete(dir);
            failed = analyzeFailed + (int) store.counts().failed();
            if (round >= warmupRounds) {
                analyze.add(analyzeNanos / 1e9);
                ingest.add(ingestNanos / 1e9);
            }
        }
        return new Result(analyze, ingest, pages.size(), failed);
    }

    /** Analyses one page and writes its record; 1 when it failed. */
    private static int analyzeOne(RawDocument page, ArticleExtractor extractor, Stage<Extraction, Analysis> analyzer,
                                  RecordJson json) {
        try {
            return json.line(analyzer.apply(extractor.apply(page))).isEmpty() ? 1 : 0;
        } catch (RuntimeException e) {
            return 1;
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
