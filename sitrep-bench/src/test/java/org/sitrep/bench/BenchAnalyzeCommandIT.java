package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchAnalyzeCommandIT {

    private static final Path DATA = Path.of(System.getProperty("sitrep.shared", "../shared"))
            .resolve("eval/article-extraction");

    @Test
    void measuresBothPipelinesOnTwoArticlesWithTheStageBreakdown() {
        assumeTrue(Files.isDirectory(DATA.resolve("html")), "article-extraction benchmark not found at " + DATA);
        StringWriter out = new StringWriter();
        CommandLine line = SitrepBench.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        int exit = line.execute("bench", "analyze", "--data", DATA.toString(), "--limit", "2", "--rounds", "1",
                "--warmup", "0");
        String printed = out.toString();
        assertEquals(0, exit, printed);
        assertTrue(printed.contains("the first 2 English HTML pages"), printed);
        Matcher sitrep = Pattern.compile("sitrep analyze\\s+(\\d+\\.\\d+)").matcher(printed);
        assertTrue(sitrep.find() && Double.parseDouble(sitrep.group(1)) > 0, printed);
        assertTrue(Pattern.compile("CoreNLP\\+SR\\s+\\d+\\.\\d+").matcher(printed).find(), printed);
        for (String stage : new String[] {"extract", "corenlp", "actors", "events"}) {
            assertTrue(Pattern.compile(stage + "\\s+\\d+\\.\\d ms/article").matcher(printed).find(),
                    "no " + stage + " row in\n" + printed);
        }
        assertTrue(printed.contains("sitrep / baseline: "), printed);
    }
}
