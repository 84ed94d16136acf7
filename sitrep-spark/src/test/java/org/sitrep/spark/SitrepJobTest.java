package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's answers that come before any Spark session starts. */
class SitrepJobTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aWrongCommandLineExitsWithTwoAndTheUsage() {
        int status = run("--input", "in");

        assertEquals(2, status);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("sitrep-spark: --output PATH is required"), message);
        assertTrue(message.contains("usage: spark-submit --class org.sitrep.spark.SitrepJob"), message);
    }

    @Test
    void withoutSparkSubmitTheMasterIsRequired() {
        int status = run("--input", "in", "--output", "out");

        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give --master local[N]"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--output PATH"));
    }

    private int run(String... args) {
        return SitrepJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
