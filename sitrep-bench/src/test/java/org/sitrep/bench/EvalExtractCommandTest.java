package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.article.MiniBenchmark;
import picocli.CommandLine;

class EvalExtractCommandTest {

    @Test
    void missingDataFolderIsAClearErrorNotAStackTrace(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "eval", "extract", "--data", tmp.resolve("nowhere").toString());
        assertEquals(2, exit);
        assertTrue(err.toString().contains("no article-extraction benchmark at"), err.toString());
        assertTrue(err.toString().contains("--data"), err.toString());
    }

    @Test
    void printsOneRowPerExtractorAndInputAndTheWorstPages(@TempDir Path tmp) throws Exception {
        Path data = MiniBenchmark.write(tmp);
        StringWriter out = new StringWriter();
        int exit = run(out, new StringWriter(), "eval", "extract", "--data", data.toString(), "--input", "all",
                "--worst", "1");
        String printed = out.toString();
        assertEquals(0, exit, printed);
        assertTrue(printed.contains("Article extraction: 2 pages"), printed);
        String row = "^(sitrep|readability4j|boilerpipe) +(html|html2text|fast_html2md) +2 .*";
        assertEquals(5, printed.lines().filter(line -> line.matches(row)).count(), printed);
        assertTrue(printed.contains("sitrep's 1 worst pages (fast_html2md input)"), printed);
        assertTrue(printed.contains("https://news.example/"), printed);
    }

    @Test
    void unknownInputKindIsRejectedByName() {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "eval", "extract", "--input", "pdf");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("pdf"), err.toString());
    }

    @Test
    void benchRefusesZeroMeasuredRoundsWithAMessage() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "bench", "extract", "--rounds", "0"));
        assertTrue(err.toString().contains("--rounds >= 1"), err.toString());
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine line = SitrepBench.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
