package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void unknownInputKindIsRejectedByName() {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "eval", "extract", "--input", "pdf");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("pdf"), err.toString());
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine line = SitrepBench.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
