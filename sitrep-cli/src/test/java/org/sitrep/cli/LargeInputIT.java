package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputFiles;

/**
 * The packaged command in a JVM with the launcher's heap ({@code -Xmx2g}): pages just under the default
 * size limit, built to be as costly as possible for the parser (millions of tiny paragraphs, deep nesting),
 * must come through, and a 50 MB page must be refused with a message, never an OutOfMemoryError.
 */
class LargeInputIT {

    private static final Path JAR = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize()
            .resolve("target/sitrep-cli.jar");
    private static final String LAUNCHER_HEAP = "-Xmx2g";

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result sitrep(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "packaged command not found at " + JAR + "; run mvn verify");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, LAUNCHER_HEAP, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "sitrep did not finish in 5 minutes");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path page(String name, String unit) throws IOException {
        Path page = dir.resolve(name);
        String head = "<html><body>";
        String tail = "</body></html>";
        long units = (InputFiles.DEFAULT_MAX_BYTES - head.length() - tail.length()) / unit.length();
        try (Writer writer = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            writer.write(head);
            for (long i = 0; i < units; i++) {
                writer.write(unit);
            }
            writer.write(tail);
        }
        return page;
    }

    @Test
    void aPageOfMillionsOfParagraphsJustUnderTheLimitIsProcessed() throws Exception {
        Result result = sitrep("extract", page("paragraphs.html", "<p>a</p>").toString());
        assertEquals("", result.err());
        assertEquals(0, result.exit());
        assertTrue(result.out().startsWith("{\"version\":1"));
    }

    @Test
    void aDeeplyNestedPageJustUnderTheLimitIsProcessed() throws Exception {
        Result result = sitrep("extract", page("nested.html", "<div>").toString());
        assertEquals("", result.err());
        assertEquals(0, result.exit());
    }

    @Test
    void aFiftyMegabytePageIsRefusedWithAMessage() throws Exception {
        Path big = dir.resolve("big.html");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1000 * 1000);
        }
        Result result = sitrep("extract", big.toString());
        assertEquals(1, result.exit());
        assertEquals("error: " + big + ": document is 47.7 MiB (50000000 bytes), over the limit of 16.0 MiB "
                + "(16777216 bytes) (raise it with --max-bytes)\n", result.err());
    }
}
