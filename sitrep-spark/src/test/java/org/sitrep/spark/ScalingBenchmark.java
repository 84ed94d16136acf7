package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.export.TableRows;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.RawDocument;
import org.sitrep.ingest.WarcReader;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.LocalRunner;
import org.sitrep.pipeline.RunReport;

/**
 * Documents per second on the same WARC file with the plain local runner, Spark {@code local[1]} and Spark
 * {@code local[2]}, in one JVM and one run (a benchmark, not a test; see docs/benchmarks.md for the command).
 * The models load once, before any timing, and every mode starts warm, so the figures compare the runners,
 * not model loading; Spark's times include starting and stopping its session, its own overhead. Beside the
 * wall clock it reports the process's CPU time per mode, which other load on a shared machine disturbs far
 * less: CPU time is what the runner costs, the wall clock what parallelism gains.
 *
 * <p>Arguments: {@code [PAGES [ROUNDS]]}, default 30 pages of the article-extraction benchmark, 1 round.
 */
public final class ScalingBenchmark {

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path dir = Files.createTempDirectory("sitrep-spark-bench");
        Path warc = dir.resolve("pages.warc.gz");
        BenchmarkPages.writeWarc(warc, BenchmarkPages.first(pages));
        long loading = System.nanoTime();
        Analyzer analyzer = ExecutorModels.analyzer();
        System.out.printf(Locale.ROOT, "models loaded in %.1f s, %d MB of heap in use after a full GC; %d pages in %s;"
                + " %d cores seen by Java%n", seconds(System.nanoTime() - loading), heapAfterGc() >> 20, pages, warc,
                Runtime.getRuntime().availableProcessors());
        local(warc, analyzer); // warm-up: the first documents are slower
        List<String> lines = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Timing local = time(() -> local(warc, analyzer));
            Path outOne = dir.resolve("out-1-" + round);
            Path outTwo = dir.resolve("out-2-" + round);
            Timing one = time(() -> spark(warc, "local[1]", outOne));
            Timing two = time(() -> spark(warc, "local[2]", outTwo));
            lines.add(String.format(Locale.ROOT, "round %d wall: local runner %.1f s (%.2f docs/s) | Spark local[1] %.1f s "
                    + "(%.2f docs/s, %.2fx the local runner's time) | Spark local[2] %.1f s (%.2f docs/s, %.2fx local[1]'s "
                    + "speed)", round, local.wall, pages / local.wall, one.wall, pages / one.wall, one.wall / local.wall,
                    two.wall, pages / two.wall, one.wall / two.wall));
            lines.add(String.format(Locale.ROOT, "round %d CPU:  local runner %.1f s | Spark local[1] %.1f s (%.2fx) | "
                    + "Spark local[2] %.1f s (%.2fx)", round, local.cpu, one.cpu, one.cpu / local.cpu, two.cpu,
                    two.cpu / local.cpu));
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "peak heap (sum of the heap pools' peaks, -Xmx %d MB): %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** An upper bound: young space fills up between collections, so this reflects heap sizing as well as need. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** A mode's wall-clock seconds and the process's CPU seconds (every thread, Spark's included). */
    private record Timing(double wall, double cpu) {
    }

    private interface Run {
        void run() throws IOException;
    }

    private static Timing time(Run run) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        run.run();
        return new Timing(seconds(System.nanoTime() - start), seconds(os.getProcessCpuTime() - cpu));
    }

    /** The local runner over the WARC's pages, rows flattened as the job flattens them. */
    private static void local(Path warc, Analyzer analyzer) throws IOException {
        List<RawDocument> pages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(warc)) {
            new WarcReader(InputFiles.DEFAULT_MAX_BYTES).read(warc.toString(), in, pages::add, e -> { });
        }
        List<TableRows> rows = new ArrayList<>();
        RunReport report = new LocalRunner<>(new ArticleExtractor().then(analyzer).then(TableRows::of))
                .run(pages, rows::add, e -> { });
        if (report.succeeded() == 0) {
            throw new IllegalStateException("no page went through the local runner");
        }
    }

    /** The whole job in a fresh session on {@code master}: start, read, analyse, write six tables, stop. */
    private static void spark(Path warc, String master, Path out) {
        SparkSession spark = SitrepJob.session(new SparkConf(), master);
        try {
            JobReport report = new SparkRunner(spark).run(JobArguments.parse("--input", warc.toString(),
                    "--output", out.toString()));
            if (report.count("documents") == 0) {
                throw new IllegalStateException("no document went through Spark " + master);
            }
        } finally {
            spark.stop();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
