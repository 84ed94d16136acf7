package org.sitrep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.bench.article.ArticleDataset;
import org.sitrep.bench.article.BenchmarkPage;
import org.sitrep.bench.article.BodyExtractor;
import org.sitrep.bench.article.ExtractionRunner;
import org.sitrep.bench.article.InputKind;
import org.sitrep.bench.speed.LargePageCheck;
import org.sitrep.bench.speed.LargePageResult;
import org.sitrep.bench.speed.Measurement;
import org.sitrep.bench.speed.SpeedBenchmark;
import org.sitrep.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench extract}: pages per second of sitrep's extract stage on one thread, beside
 * Readability4J and boilerpipe on the same pages in the same run, then one very large page.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Measure extraction speed on one thread (sitrep beside Readability4J and boilerpipe, "
                + "interleaved rounds, medians) and sitrep on one very large page.")
final class BenchExtractCommand implements Callable<Integer> {

    private static final double MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The article-extraction benchmark folder (default: " + DataFolder.DEFAULT + ").")
    Path data;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N",
            description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "7", paramLabel = "N",
            description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N pages (by id), for quick checks.")
    Integer limit;

    @Option(names = "--large-mb", defaultValue = "50", paramLabel = "MB",
            description = "Size of the synthetic large page in MiB; 0 skips it (default: ${DEFAULT-VALUE}).")
    int largeMegabytes;

    @Option(names = "--large-only", description = "Run only the large-page check.")
    boolean largeOnly;

    @Override
    public Integer call() throws IOException {
        if (warmup < 0 || rounds < 1 || (limit != null && limit < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "need --warmup >= 0, --rounds >= 1 and --limit >= 1, got " + warmup + ", " + rounds + ", " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "JVM %s, max heap %.0f MB, %d processor(s) available; extraction on one thread%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / MB,
                Runtime.getRuntime().availableProcessors());
        if (!largeOnly) {
            Integer speed = speed(out);
            if (speed != 0) {
                return speed;
            }
        }
        boolean largeOk = largeMegabytes <= 0 || large(out);
        out.flush();
        return largeOk ? 0 : 1;
    }

    private Integer speed(PrintWriter out) {
        DataFolder.Opened opened = DataFolder.open(data, limit, spec.commandLine());
        if (opened == null) {
            return 2;
        }
        ArticleDataset dataset = opened.dataset();
        List<BenchmarkPage> pages = opened.pages();
        ExtractionRunner runner = new ExtractionRunner(dataset);
        List<RawDocument> raw = pages.stream().map(page -> runner.read(page.id(), InputKind.HTML)).toList();
        long bytes = raw.stream().mapToLong(page -> page.content().length).sum();
        out.printf(Locale.ROOT, "Pages: %d HTML pages (%.1f MB) of %s, read into memory first%n", raw.size(),
                bytes / MB, dataset.root().toAbsolutePath().normalize());
        out.printf(Locale.ROOT, "Rounds: %d warm-up, %d measured; every round runs each extractor over every page, "
                + "the order rotating%n%n", warmup, rounds);
        out.flush();
        List<BodyExtractor> extractors = List.of(BodyExtractor.sitrep(), BodyExtractor.readability4j(),
                BodyExtractor.boilerpipe());
        List<Measurement> results = new SpeedBenchmark(extractors, warmup, rounds).run(raw);
        printSpeeds(out, results, bytes / (double) raw.size());
        return 0;
    }

    private static void printSpeeds(PrintWriter out, List<Measurement> results, double bytesPerPage) {
        String format = "%-14s %8s %8s %8s %9s %7s %13s %12s %6s%n";
        out.printf(Locale.ROOT, format, "extractor", "pages/s", "min", "max", "pages/cpu", "MB/s", "alloc MB/page",
                "peak heap MB", "failed");
        for (Measurement m : results) {
            out.printf(Locale.ROOT, format, m.extractor(), fixed(m.medianPagesPerSecond(), 1),
                    fixed(Collections.min(m.pagesPerSecond()), 1), fixed(Collections.max(m.pagesPerSecond()), 1),
                    fixed(m.medianPagesPerCpuSecond(), 1), fixed(m.medianPagesPerSecond() * bytesPerPage / MB, 2),
                    fixed(m.medianAllocatedBytesPerPage() / MB, 2), fixed(m.peakHeapBytes() / MB, 0), m.failures());
        }
        out.println();
        for (Measurement m : results) {
            out.println("  " + m.extractor() + " pages/s per round: " + m.pagesPerSecond().stream().map(v -> fixed(v, 1))
                    .collect(Collectors.joining(" ")));
        }
        Measurement sitrep = results.get(0);
        for (Measurement peer : results.subList(1, results.size())) {
            out.printf(Locale.ROOT, "sitrep / %s: %.2fx by wall clock (median of per-round ratios %.2fx), "
                    + "%.2fx by CPU time%n", peer.extractor(),
                    sitrep.medianPagesPerSecond() / peer.medianPagesPerSecond(),
                    medianRatio(sitrep.pagesPerSecond(), peer.pagesPerSecond()),
                    sitrep.medianPagesPerCpuSecond() / peer.medianPagesPerCpuSecond());
        }
        out.println("pages/s: medians by the wall clock; pages/cpu: by the measuring thread's CPU time plus GC time.");
        out.println("Peak heap: sum of the heap pools' peaks during a round after a full GC (young space included).");
    }

    private static double medianRatio(List<Double> a, List<Double> b) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ratios.add(a.get(i) / b.get(i));
        }
        return Measurement.median(ratios);
    }

    private boolean large(PrintWriter out) throws IOException {
        out.printf(Locale.ROOT, "%nLarge page: %d MiB of synthetic HTML through InputFiles + ArticleExtractor%n",
                largeMegabytes);
        out.flush();
        LargePageResult result = new LargePageCheck(largeMegabytes * 1024L * 1024L).run();
        String what = switch (result.outcome()) {
            case PROCESSED -> String.format(Locale.ROOT, "processed, body of %,d characters", result.bodyCharacters());
            case REFUSED -> "refused: " + result.message();
            case FAILED -> "FAILED: " + result.message();
        };
        out.printf(Locale.ROOT, "%,d bytes: %s; %.1f s, peak heap %.0f MB (max heap %.0f MB)%n", result.pageBytes(),
                what, result.seconds(), result.peakHeapBytes() / MB, Runtime.getRuntime().maxMemory() / MB);
        return result.outcome() != LargePageResult.Outcome.FAILED;
    }

    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
