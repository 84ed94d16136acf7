package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalExtractCommandIT {

    private static final Path DATA = Path.of(System.getProperty("sitrep.shared", "../shared"))
            .resolve("eval/article-extraction");

    @Test
    void scoresAHandfulOfPagesAndPrintsTheTableAndWorstPages(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("html")), "article-extraction benchmark not found at " + DATA);
        StringWriter out = new StringWriter();
        int exit = run(out, new StringWriter(), "eval", "extract", "--data", DATA.toString(), "--input", "all",
                "--limit", "4", "--worst", "2", "--predictions", tmp.toString());
        String printed = out.toString();
        assertEquals(0, exit, printed);
        assertTrue(printed.contains("Article extraction: 4 pages"), printed);
        for (String row : new String[] {"sitrep         html ", "readability4j  html ", "boilerpipe     html ",
                "sitrep         html2text ", "sitrep         fast_html2md "}) {
            assertTrue(printed.contains(row), "missing row " + row + " in\n" + printed);
        }
        assertTrue(printed.contains("sitrep's 2 worst pages (html input)"), printed);
        assertTrue(printed.contains("https://"), "worst pages name their URL\n" + printed);
        try (Stream<Path> files = Files.list(tmp.resolve("readability4j-html"))) {
            assertEquals(4, files.filter(f -> f.toString().endsWith(".json")).count());
        }
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine line = SitrepBench.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
