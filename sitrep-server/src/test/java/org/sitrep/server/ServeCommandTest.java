package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run serve(String... args) {
        CommandLine line = new CommandLine(new ServeCommand());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        return new Run(line.execute(args), err.toString());
    }

    @Test
    void missingStoreIsOneErrorLine() {
        Run run = serve("--store", dir.resolve("none").toString(), "--port", "0");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: no store at "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        Run run = serve("--store", dir.toString(), "--port", "70000");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--port must be 0 to 65535, not 70000"), run.err());
    }
}
