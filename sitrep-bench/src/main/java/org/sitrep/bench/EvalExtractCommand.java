package org.sitrep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.bench.article.ArticleDataset;
import org.sitrep.bench.article.BenchmarkPage;
import org.sitrep.bench.article.BodyExtractor;
import org.sitrep.bench.article.ExtractionRun;
import org.sitrep.bench.article.ExtractionRunner;
import org.sitrep.bench.article.InputKind;
import org.sitrep.bench.article.PredictionWriter;
import org.sitrep.bench.score.PageScore;
import org.sitrep.bench.score.ScoreSummary;
import org.sitrep.bench.score.ShingleScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval extract}: scores sitrep's article bodies on the article-extraction benchmark with the
 * benchmark's own metric, beside Readability4J and boilerpipe on the same pages in the same run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score article-body extraction on the article-extraction benchmark (score.py's metric), "
                + "sitrep beside Readability4J and boilerpipe.")
final class EvalExtractCommand implements Callable<Integer> {

    /** Which renderings to score: one, or all of them. */
    enum Input { HTML, HTML2TEXT, FAST_HTML2MD, ALL }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The benchmark folder (default: " + DataFolder.DEFAULT + " from here or the repository).")
    Path data;

    @Option(names = "--input", defaultValue = "html", paramLabel = "KIND",
            description = "html, html2text, fast_html2md or all (default: ${DEFAULT-VALUE}). "
                    + "Only sitrep reads the Markdown renderings.")
    Input input;

    @Option(names = "--worst", defaultValue = "10", paramLabel = "N", description = "List sitrep's N worst pages by F1.")
    int worst;

    @Option(names = "--predictions", paramLabel = "DIR",
            description = "Also write DIR/<extractor>-<input>/<id>.json files that score.py reads.")
    Path predictions;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N pages (by id), for quick checks.")
    Integer limit;

    @Override
    public Integer call() throws IOException {
        if (worst < 0 || (limit != null && limit < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "need --worst >= 0 and --limit >= 1, got " + worst + ", " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        DataFolder.Opened opened = DataFolder.open(data, limit, spec.commandLine());
        if (opened == null) {
            return 2;
        }
        ArticleDataset dataset = opened.dataset();
        List<BenchmarkPage> pages = opened.pages();
        ExtractionRunner runner = new ExtractionRunner(dataset);
        List<Row> rows = new ArrayList<>();
        for (InputKind kind : kinds()) {
            for (BodyExtractor extractor : extractorsFor(kind)) {
                rows.add(evaluate(runner, extractor, kind, pages));
            }
        }
        out.printf(Locale.ROOT, "Article extraction: %d pages of %s%n", pages.size(),
                dataset.root().toAbsolutePath().normalize());
        out.println("Metric: score.py's (word tokens, 4-token shingles, macro P/R over pages; "
                + "empty predictions left out of P; F1 of the averages)");
        out.println();
        printTable(out, rows);
        printFailures(out, rows);
        Map<String, String> urls = pages.stream().collect(Collectors.toMap(BenchmarkPage::id, BenchmarkPage::url));
        rows.stream().filter(row -> row.run.extractor().equals("sitrep"))
                .forEach(row -> printWorst(out, row, urls::get));
        out.flush();
        return 0;
    }

    private List<InputKind> kinds() {
        return switch (input) {
            case HTML -> List.of(InputKind.HTML);
            case HTML2TEXT -> List.of(InputKind.HTML2TEXT);
            case FAST_HTML2MD -> List.of(InputKind.FAST_HTML2MD);
            case ALL -> List.of(InputKind.values());
        };
    }

    private static List<BodyExtractor> extractorsFor(InputKind kind) {
        return List.of(BodyExtractor.sitrep(), BodyExtractor.readability4j(), BodyExtractor.boilerpipe()).stream()
                .filter(extractor -> extractor.accepts().contains(kind)).toList();
    }

    private Row evaluate(ExtractionRunner runner, BodyExtractor extractor, InputKind kind, List<BenchmarkPage> pages)
            throws IOException {
        long start = System.nanoTime();
        ExtractionRun run = runner.run(extractor, kind, pages);
        double seconds = (System.nanoTime() - start) / 1e9;
        ScoreSummary score = new ShingleScorer().score(ArticleDataset.gold(pages), run.bodies());
        if (predictions != null) {
            Path folder = new PredictionWriter().write(predictions, run);
            spec.commandLine().getErr().println("wrote " + run.bodies().size() + " predictions to " + folder);
        }
        return new Row(run, score, seconds);
    }

    private static void printTable(PrintWriter out, List<Row> rows) {
        String format = "%-14s %-13s %5s %5s %6s %9s %7s %7s %8s %8s%n";
        out.printf(Locale.ROOT, format, "extractor", "input", "pages", "empty", "failed",
                "precision", "recall", "F1", "accuracy", "seconds");
        for (Row row : rows) {
            ScoreSummary s = row.score;
            out.printf(Locale.ROOT, format, row.run.extractor(), row.run.input().id(), s.pages(),
                    s.emptyPredictions(), row.run.failures().size(), fixed(s.precision()), fixed(s.recall()),
                    fixed(s.f1()), fixed(s.accuracy()), String.format(Locale.ROOT, "%.1f", row.seconds));
        }
    }

    private static void printFailures(PrintWriter out, List<Row> rows) {
        for (Row row : rows) {
            if (!row.run.failures().isEmpty()) {
                out.printf(Locale.ROOT, "%n%s failed on %d page(s), e.g. %s%n", row.run.label(),
                        row.run.failures().size(), row.run.failures().get(0));
            }
        }
    }

    private void printWorst(PrintWriter out, Row row, Function<String, String> urls) {
        if (worst <= 0) {
            return;
        }
        List<PageScore> ranked = row.score.perPage().stream()
                .sorted(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id))
                .limit(worst).toList();
        out.printf(Locale.ROOT, "%nsitrep's %d worst pages (%s input), by F1:%n", ranked.size(), row.run.input().id());
        String format = "%-12s %6s %6s %6s  %s%n";
        out.printf(Locale.ROOT, format, "id", "P", "R", "F1", "url");
        for (PageScore page : ranked) {
            out.printf(Locale.ROOT, format, page.id().substring(0, Math.min(12, page.id().length())),
                    page.precision().isPresent() ? fixed(page.precision().getAsDouble()) : "-",
                    page.recall().isPresent() ? fixed(page.recall().getAsDouble()) : "-",
                    fixed(page.f1()), urls.apply(page.id()));
        }
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** One line of the table. */
    private record Row(ExtractionRun run, ScoreSummary score, double seconds) {
    }
}
