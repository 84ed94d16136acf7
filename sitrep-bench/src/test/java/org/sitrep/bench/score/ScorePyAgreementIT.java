package org.sitrep.bench.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.article.ArticleDataset;
import org.sitrep.bench.article.BenchmarkPage;
import org.sitrep.bench.article.BodyExtractor;
import org.sitrep.bench.article.ExtractionRun;
import org.sitrep.bench.article.ExtractionRunner;
import org.sitrep.bench.article.InputKind;
import org.sitrep.bench.article.PredictionWriter;

/**
 * Runs the benchmark's own score.py and this scorer on the same predictions (for the 181 pages, sitrep's
 * bodies or the gold bodies, most of them degraded in ways that stress the metric) and checks that every
 * figure agrees.
 */
class ScorePyAgreementIT {

    private static final double TOLERANCE = 1e-9;
    private static final Path DATA = Path.of(System.getProperty("sitrep.shared", "../shared"))
            .resolve("eval/article-extraction");
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void needsPythonAndTheBenchmark() {
        assumeTrue(Files.isRegularFile(DATA.resolve("score.py")), "article-extraction benchmark not found at " + DATA);
        assumeTrue(pythonWorks(), "python3 not found on PATH");
    }

    @Test
    void javaScorerGivesScorePysFiguresOnSitrepAndDegradedPredictions(@TempDir Path tmp) throws Exception {
        ArticleDataset dataset = ArticleDataset.open(DATA);
        ExtractionRun sitrep = new ExtractionRunner(dataset).run(BodyExtractor.sitrep(), InputKind.HTML, dataset.pages());
        Map<String, String> predicted = degrade(dataset.pages(), sitrep.bodies());
        Path folder = new PredictionWriter().write(tmp,
                new ExtractionRun("mixed", InputKind.HTML, predicted, List.of()));
        ScoreSummary java = new ShingleScorer().score(ArticleDataset.gold(dataset.pages()), predicted);

        Path tsv = tmp.resolve("per-page.tsv");
        JsonNode python = json.readTree(python(tmp, DATA.resolve("score.py").toString(), folder.toString(),
                "--json", "--n-bootstrap", "0", "--per-page", tsv.toString()));
        assertEquals(python.get("pages").asInt(), java.pages());
        assertEquals(python.get("pages_empty_prediction").asInt(), java.emptyPredictions());
        assertTrue(java.emptyPredictions() > 0 && java.accuracy() > 0, "the mix covers empty and exact pages");
        assertEquals(python.get("precision").asDouble(), java.precision(), TOLERANCE);
        assertEquals(python.get("recall").asDouble(), java.recall(), TOLERANCE);
        assertEquals(python.get("f1").asDouble(), java.f1(), TOLERANCE);
        assertEquals(python.get("accuracy").asDouble(), java.accuracy(), TOLERANCE);
        assertPerPageTsvMatches(Files.readAllLines(tsv, StandardCharsets.UTF_8), java.perPage());
        assertPerPageFiguresMatch(json.readTree(perPageFromPython(tmp, folder)), java.perPage());
    }

    @Test
    void wordCharactersAgreeWithPythonOnEveryCodePointJavaKnows(@TempDir Path tmp) throws Exception {
        String script = "import re,json\nw=re.compile(r'\\w')\nr=[];s=None\n"
                + "for c in range(0x110001):\n"
                + "    m=c<0x110000 and bool(w.match(chr(c)))\n"
                + "    if m and s is None: s=c\n"
                + "    if not m and s is not None: r.append([s,c]); s=None\n"
                + "print(json.dumps(r))\n";
        boolean[] python = new boolean[0x110000];
        for (JsonNode range : json.readTree(python(tmp, "-c", script))) {
            for (int cp = range.get(0).asInt(); cp < range.get(1).asInt(); cp++) {
                python[cp] = true;
            }
        }
        int differences = 0;
        for (int cp = 0; cp < python.length; cp++) {
            if (python[cp] != WordTokenizer.isWordChar(cp)) {
                // Only code points Java 17's Unicode 13 does not know yet may differ.
                assertEquals(Character.UNASSIGNED, Character.getType(cp),
                        "U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + " differs from Python's \\w");
                differences++;
            }
        }
        assertTrue(differences < 1000, differences + " code points differ");
    }

    /** One page in nine each: sitrep's body as is, emptied, halved, doubled; the gold body as is and altered 4 ways. */
    private static Map<String, String> degrade(List<BenchmarkPage> pages, Map<String, String> sitrep) {
        Map<String, String> predicted = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            String gold = pages.get(i).gold();
            String own = sitrep.get(pages.get(i).id());
            predicted.put(pages.get(i).id(), switch (i % 9) {
                case 0 -> "";
                case 1 -> own.substring(0, own.length() / 2);
                case 2 -> gold;
                case 3 -> gold.replace(". ", " — \n\n").replace(",", " ;");
                case 4 -> own + "\n\n" + own;
                case 5 -> String.join(" ", new WordTokenizer().tokens(gold).stream().limit(3).toList());
                case 6 -> Normalizer.normalize(gold, Normalizer.Form.NFD);
                case 7 -> reversedWords(gold);
                default -> own;
            });
        }
        return predicted;
    }

    private static String reversedWords(String text) {
        List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
        Collections.reverse(words);
        return String.join(" ", words);
    }

    private static void assertPerPageTsvMatches(List<String> lines, List<PageScore> pages) {
        assertEquals(pages.size() + 1, lines.size());
        for (int i = 0; i < pages.size(); i++) {
            PageScore page = pages.get(i);
            String expected = String.join("\t", page.id(), pythonFixed(page.precision()),
                    pythonFixed(page.recall()), pythonFixed(OptionalDouble.of(page.f1())), page.exact() ? "1" : "0");
            assertEquals(lines.get(i + 1), expected);
        }
    }

    private void assertPerPageFiguresMatch(JsonNode python, List<PageScore> pages) {
        assertEquals(pages.size(), python.size());
        for (int i = 0; i < pages.size(); i++) {
            JsonNode row = python.get(i);
            PageScore page = pages.get(i);
            assertEquals(row.get(0).asText(), page.id());
            assertSame(row.get(1), page.precision(), page.id());
            assertSame(row.get(2), page.recall(), page.id());
            assertEquals(row.get(3).asDouble(), page.f1(), TOLERANCE, page.id());
            assertEquals(row.get(4).asDouble(), page.exact() ? 1.0 : 0.0, page.id());
        }
    }

    private static void assertSame(JsonNode python, OptionalDouble java, String id) {
        assertEquals(python.isNull(), java.isEmpty(), id);
        if (!python.isNull()) {
            assertEquals(python.asDouble(), java.getAsDouble(), TOLERANCE, id);
        }
    }

    /** Per-page figures at full precision, from score.py's own evaluate(). */
    private String perPageFromPython(Path tmp, Path predictions) throws Exception {
        String script = "import sys,json\nsys.path.insert(0, sys.argv[1])\nimport score\n"
                + "gt = score.load_any(sys.argv[1] + '/ground-truth')\npred = score.load_any(sys.argv[2])\n"
                + "m = score.evaluate(gt, {k: pred.get(k, '') for k in gt}, 0)\n"
                + "print(json.dumps([list(row) for row in m['per_page']]))\n";
        return python(tmp, "-c", script, DATA.toString(), predictions.toString());
    }

    /** score.py's '%.4f': the exact binary value rounded half-even. */
    private static String pythonFixed(OptionalDouble value) {
        return value.isEmpty() ? "" : new BigDecimal(value.getAsDouble()).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String python(Path tmp, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(tmp, "python", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "python3 did not finish: " + command);
        assertEquals(0, process.exitValue(), "python3 failed: " + command);
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static boolean pythonWorks() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
