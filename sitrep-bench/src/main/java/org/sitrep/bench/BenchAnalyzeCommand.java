package org.sitrep.bench;

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
import org.sitrep.bench.article.ExtractionRunner;
import org.sitrep.bench.article.InputKind;
import org.sitrep.bench.speed.AnalyzeBenchmark;
import org.sitrep.bench.speed.AnalyzeResult;
import org.sitrep.bench.speed.Measurement;
import org.sitrep.bench.speed.StageTimes;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench analyze}: articles per second per core of sitrep's analyze path, with the time per
 * stage, beside a plain CoreNLP pipeline with the shift-reduce parser in the same run; and the heap.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Measure analyze speed on one thread (sitrep's extract + nlp + actors + events beside "
                + "CoreNLP tokenize,ssplit,pos,lemma,ner,parse with the shift-reduce model; interleaved rounds, "
                + "medians), the stage breakdown and the heap.")
final class BenchAnalyzeCommand implements Callable<Integer> {

    private static final double MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The article-extraction benchmark folder (default: " + DataFolder.DEFAULT + ").")
    Path data;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
            description = "Use the first N English pages (by id) (default: ${DEFAULT-VALUE}; about 5 minutes on one quiet core).")
    int limit;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
            description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--fresh",
            description = "Give each round, warm-up included, its own N pages (the next N English pages), so that "
                    + "no round reads a page an earlier one read; needs N x rounds pages.")
    boolean fresh;

    @Override
    public Integer call() {
        if (warmup < 0 || rounds < 1 || limit < 1) {
            throw new ParameterException(spec.commandLine(),
                    "need --warmup >= 0, --rounds >= 1 and --limit >= 1, got " + warmup + ", " + rounds + ", " + limit);
        }
        DataFolder.Opened opened = DataFolder.open(data, null, spec.commandLine());
        if (opened == null) {
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleDataset dataset = opened.dataset();
        ExtractionRunner runner = new ExtractionRunner(dataset);
        List<String> foreign = new ArrayList<>();
        int sets = fresh ? warmup + rounds : 1;
        List<RawDocument> pages = englishPages(opened.pages(), runner, foreign, limit * sets);
        out.printf(Locale.ROOT, "JVM %s, max heap %.0f MB, %d processor(s) available; everything on one thread%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / MB,
                Runtime.getRuntime().availableProcessors());
        if (Runtime.getRuntime().maxMemory() < 2900 * MB) {
            // Both pipelines' models stay loaded (about 1.75 GB together): less heap means collections, not speed.
            out.println("warning: both pipelines' models need about 1.8 GB; run with SITREP_JAVA_OPTS=-Xmx3g");
        }
        out.printf(Locale.ROOT, "Articles: the first %d English HTML pages of %s (by id; %d not in English "
                + "left out: %s); sitrep analyses the page (extract included), the baseline annotates the body sitrep "
                + "extracts%n", pages.size(), dataset.root().toAbsolutePath().normalize(), foreign.size(),
                String.join(", ", foreign));
        out.printf(Locale.ROOT, "Rounds: %d warm-up, %d measured, the pipeline going first alternating, %s; "
                + "loading models...%n", warmup, rounds, fresh ? "each round on its own " + limit + " pages"
                : "every round on the same pages");
        out.flush();
        AnalyzeBenchmark benchmark = new AnalyzeBenchmark(warmup, rounds);
        AnalyzeResult result;
        if (fresh) {
            if (pages.size() < limit * sets) {
                throw new ParameterException(spec.commandLine(), "--fresh needs " + limit * sets
                        + " English pages, found " + pages.size());
            }
            List<List<RawDocument>> perRound = new ArrayList<>();
            for (int set = 0; set < sets; set++) {
                perRound.add(pages.subList(set * limit, (set + 1) * limit));
            }
            result = benchmark.runFresh(perRound);
        } else {
            result = benchmark.run(pages);
        }
        print(out, result);
        out.flush();
        return result.sitrep().failures() + result.baseline().failures() == 0 ? 0 : 1;
    }

    /** The first {@code limit} pages in English; the ids of the others before them go to {@code foreign}. */
    private static List<RawDocument> englishPages(List<BenchmarkPage> all, ExtractionRunner runner,
                                                  List<String> foreign, int limit) {
        List<RawDocument> pages = new ArrayList<>();
        ArticleExtractor extractor = new ArticleExtractor();
        for (BenchmarkPage page : all) {
            if (pages.size() == limit) {
                break;
            }
            RawDocument raw = runner.read(page.id(), InputKind.HTML);
            // Both pipelines are English; sitrep skips other languages, which would flatter it.
            if (Analyzer.foreignLanguage(extractor.apply(raw).document().text()).isPresent()) {
                foreign.add(page.id());
            } else {
                pages.add(raw);
            }
        }
        return pages;
    }

    private static void print(PrintWriter out, AnalyzeResult r) {
        out.printf(Locale.ROOT, "Loaded: sitrep %.1f s (heap held %.0f MB), then the baseline %.1f s (heap held by "
                + "both %.0f MB)%n", r.sitrepLoadSeconds(), r.sitrepHeapBytes() / MB, r.baselineLoadSeconds(),
                r.heapAfterLoadBytes() / MB);
        out.printf(Locale.ROOT, "Text: %,d characters of extracted bodies (%,.0f per article)%n%n", r.characters(),
                r.characters() / (double) r.articles());
        String format = "%-16s %11s %11s %11s %13s %12s %6s%n";
        out.printf(Locale.ROOT, format, "pipeline", "articles/s", "min", "max", "articles/cpu", "peak heap MB",
                "failed");
        for (Measurement m : List.of(r.sitrep(), r.baseline())) {
            out.printf(Locale.ROOT, format, m.extractor(), fixed(m.medianPagesPerSecond(), 2),
                    fixed(m.pagesPerSecond().isEmpty() ? Double.NaN : Collections.min(m.pagesPerSecond()), 2),
                    fixed(m.pagesPerSecond().isEmpty() ? Double.NaN : Collections.max(m.pagesPerSecond()), 2),
                    fixed(m.medianPagesPerCpuSecond(), 2), fixed(m.peakHeapBytes() / MB, 0), m.failures());
        }
        out.println();
        for (Measurement m : List.of(r.sitrep(), r.baseline())) {
            out.println("  " + m.extractor() + " articles/s per round: " + m.pagesPerSecond().stream()
                    .map(v -> fixed(v, 2)).collect(Collectors.joining(" ")));
        }
        out.printf(Locale.ROOT, "sitrep / baseline: %.2fx by CPU time, %.2fx by wall clock (median of per-round "
                + "ratios %.2fx)%n%n", r.cpuRatio(), r.wallRatio(), r.medianRoundRatio());
        int timed = r.articles() * r.measuredRounds();
        out.println("sitrep's time by stage (wall clock, all measured rounds):");
        for (StageTimes.Stage stage : StageTimes.Stage.values()) {
            out.printf(Locale.ROOT, "  %-8s %8.1f ms/article %5.1f%%%n", stage.name().toLowerCase(Locale.ROOT),
                    r.stages().millisPerArticle(stage, timed), 100 * r.stages().share(stage));
        }
        out.println("The baseline's time by annotator (CoreNLP's report, warm-up rounds included):");
        r.baselineAnnotatorTimes().lines().filter(l -> !l.isBlank()).forEach(l -> out.println("  " + l.strip()));
        out.println("articles/s: medians by the wall clock; articles/cpu: by the thread's CPU time plus GC time.");
        out.println("Peak heap: sum of the heap pools' peaks during a round after a full GC (young space included);");
        out.println("  both pipelines' models are loaded throughout, so each row's peak includes the other's models.");
    }

    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
