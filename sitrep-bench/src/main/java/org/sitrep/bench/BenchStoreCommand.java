package org.sitrep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.bench.article.ExtractionRunner;
import org.sitrep.bench.article.InputKind;
import org.sitrep.bench.store.IngestOverhead;
import org.sitrep.bench.store.Latencies;
import org.sitrep.bench.store.QueryLatency;
import org.sitrep.bench.store.StoreLoad;
import org.sitrep.bench.store.SyntheticCorpus;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Store;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench store}: loads a store with a synthetic corpus and reports the load rate, the size per
 * document and the latency of a fixed set of event and search queries (median and p95); then the store's
 * overhead on ingest, analyze alone beside analyze and store over the same benchmark pages in one run.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Measure the store: load a synthetic corpus (rate, size per document), time event and search "
                + "queries (median, p95), and compare ingest with analyze alone on benchmark pages.")
final class BenchStoreCommand implements Callable<Integer> {

    private static final double MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--documents", defaultValue = "100000", paramLabel = "N",
            description = "Synthetic documents to load; 0 skips the load and the queries (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--batch", defaultValue = "500", paramLabel = "N",
            description = "Documents per store transaction while loading (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Where to build the store (must not exist; default: a temporary folder, deleted after).")
    Path storeDir;

    @Option(names = "--reuse", paramLabel = "DIR",
            description = "Time the queries on this existing store instead of loading one (a writer opens it first, "
                    + "bringing its query tables up to date; nothing else is added).")
    Path reuse;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
            description = "Measured runs of each query (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--pages", defaultValue = "40", paramLabel = "N",
            description = "Benchmark pages for the ingest overhead; 0 skips it (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--overhead-rounds", defaultValue = "3", paramLabel = "N",
            description = "Measured rounds of the ingest overhead, after one warm-up (default: ${DEFAULT-VALUE}).")
    int overheadRounds;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The article-extraction benchmark folder (default: " + DataFolder.DEFAULT + ").")
    Path data;

    @Override
    public Integer call() throws IOException {
        if (documents < 0 || batch < 1 || rounds < 1 || pages < 0 || overheadRounds < 1) {
            throw new ParameterException(spec.commandLine(), "need --batch, --rounds, --overhead-rounds >= 1 and "
                    + "--documents, --pages >= 0");
        }
        if (storeDir != null && Files.exists(storeDir)) {
            throw new ParameterException(spec.commandLine(), "--store " + storeDir + " exists; give a new folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "JVM %s, max heap %.0f MB, %d processor(s) available%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / MB,
                Runtime.getRuntime().availableProcessors());
        Path scratch = Files.createTempDirectory("sitrep-bench-store");
        Path dir = storeDir != null ? storeDir : scratch.resolve("synthetic");
        try {
            if (reuse != null) {
                reuseAndQuery(out, reuse);
            } else if (documents > 0) {
                loadAndQuery(out, dir);
            }
            if (pages > 0) {
                overhead(out, scratch);
            }
        } finally {
            deleteQuietly(scratch);
        }
        out.flush();
        return 0;
    }

    private void loadAndQuery(PrintWriter out, Path dir) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        out.printf(Locale.ROOT, "Loading %,d synthetic documents (seed %d, %d actors to draw from) into %s, "
                + "%d documents a batch...%n", documents, seed, corpus.actorCount(), dir, batch);
        out.flush();
        StoreLoad.Result load = new StoreLoad(corpus, batch).load(dir, documents, n -> {
            if (n % 10_000 == 0) {
                out.printf(Locale.ROOT, "  %,d%n", n);
                out.flush();
            }
        });
        out.printf(Locale.ROOT, "Loaded %,d documents with %,d events (%,d stored as near-duplicates)%n",
                load.documents(), load.events(), load.nearDuplicates());
        out.printf(Locale.ROOT, "  store time %.1f s: %,.0f documents/s (%,.0f events/s); making the documents "
                + "took %.1f s more%n", load.storeSeconds(), load.documentsPerSecond(),
                load.events() / load.storeSeconds(), load.makeSeconds());
        out.printf(Locale.ROOT, "  size %.1f MB (DuckDB %.1f MB, Lucene %.1f MB): %,.0f bytes per document%n%n",
                (load.databaseBytes() + load.indexBytes()) / MB, load.databaseBytes() / MB, load.indexBytes() / MB,
                load.bytesPerDocument());
        query(out, dir);
    }

    private void reuseAndQuery(PrintWriter out, Path dir) {
        if (!Files.isRegularFile(new StoreDirectory(dir).database())) {
            throw new ParameterException(spec.commandLine(), "--reuse " + dir + " holds no store");
        }
        long started = System.nanoTime();
        StoreWriter.open(new StoreDirectory(dir), batch, Clock.systemUTC()).close();
        out.printf(Locale.ROOT, "Reusing the store in %s (opening it for writing, which brings its query tables up "
                + "to date, took %.1f s)%n", dir, (System.nanoTime() - started) / 1e9);
        query(out, dir);
    }

    private void query(PrintWriter out, Path dir) {
        QueryLatency.Result queries;
        try (Store store = Store.openReadOnly(dir)) {
            queries = new QueryLatency(rounds).run(store);
        }
        out.printf(Locale.ROOT, "Query latency (%d measured runs of each query after one warm-up; a new read-only "
                + "connection per call, as the CLI and server do)%n", rounds);
        String format = "  %-26s %8s %10s %10s%n";
        out.printf(Locale.ROOT, format, "queries", "runs", "median ms", "p95 ms");
        for (Latencies l : queries.categories()) {
            out.printf(Locale.ROOT, format, l.name(), l.millis().size(), fixed(l.median()), fixed(l.p95()));
        }
        out.println("  results (events listed, up to 50; months of the timeline; network edges, up to 50;"
                + " search hits in total):");
        queries.results().forEach((label, found) -> out.printf(Locale.ROOT, "    %-44s %,d%n", label, found));
        out.println();
        out.flush();
    }

    private void overhead(PrintWriter out, Path scratch) {
        DataFolder.Opened opened = DataFolder.open(data, pages, spec.commandLine());
        if (opened == null) {
            out.println("Ingest overhead: skipped (no benchmark pages)");
            return;
        }
        ExtractionRunner runner = new ExtractionRunner(opened.dataset());
        List<RawDocument> raw = opened.pages().stream().map(page -> runner.read(page.id(), InputKind.HTML)).toList();
        out.printf(Locale.ROOT, "Ingest overhead: the first %d benchmark pages, analyze alone (record as JSON) beside "
                + "analyze + store (a new store each round, 32 a batch), taking turns page by page, 1 warm-up and "
                + "%d measured rounds; loading the models...%n", raw.size(), overheadRounds);
        out.flush();
        Analyzer analyzer = Analyzer.bundled();
        IngestOverhead.Result r = new IngestOverhead(1, overheadRounds, 32).run(raw, analyzer, scratch);
        out.printf(Locale.ROOT, "  analyze alone   s/round: %s%n", rounds(r.analyze()));
        out.printf(Locale.ROOT, "  analyze + store s/round: %s%n", rounds(r.ingest()));
        out.printf(Locale.ROOT, "  ingest / analyze per round: %s%n", String.join(" ", r.roundRatios().stream()
                .map(x -> String.format(Locale.ROOT, "%.3f", x)).toList()));
        out.printf(Locale.ROOT, "  ingest / analyze, all rounds: %.3fx -> store overhead %+.1f%% (%d failed)%n",
                r.ratio(), 100 * (r.ratio() - 1), r.failed());
    }

    private static String rounds(List<Double> seconds) {
        return String.join(" ", seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static void deleteQuietly(Path dir) {
        try {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a finished benchmark for
        }
    }
}
