package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.RawDocument;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "KABUL, Oct 2 (CWS) - The envoys met for four hours on Monday and agreed "
            + "to meet again in a month, a spokesman said.\n";
    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Envoys meet</title>"
            + "</head><body><p>The envoys met on Monday.</p><p>They agreed to meet again.</p></body></html>";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static List<JsonNode> records(CliRun run) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : run.outLines()) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    @Test
    void eachDocumentIsOneJsonLineInTheContractShape() throws IOException {
        Path story = write("wire.txt", STORY);
        Path page = write("page.txt", PAGE);
        CliRun run = CliRun.of("extract", story.toString(), page.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        List<JsonNode> records = records(run);
        assertEquals(2, records.size());
        JsonNode document = records.get(1).get("document");
        assertEquals(1, records.get(1).get("version").asInt());
        assertEquals(RawDocument.ofText("x", PAGE).sha256(), document.get("id").asText());
        assertEquals(page.toString(), document.get("source").asText());
        assertEquals("html", document.get("format").asText());
        assertEquals("Envoys meet", document.get("title").asText());
        assertEquals("The envoys met on Monday.\n\nThey agreed to meet again.", document.get("text").asText());
        for (String field : List.of("authors", "published", "publisher", "tags", "language")) {
            assertTrue(document.has(field), field);
        }
        assertTrue(records.get(1).get("problems").isArray());
        assertEquals("text", records.get(0).get("document").get("format").asText());
    }

    @Test
    void standardInputIsReadWithDash() throws IOException {
        CliRun run = CliRun.withStdin(STORY.getBytes(StandardCharsets.UTF_8), "extract", "-");
        assertEquals(0, run.exit(), run.err());
        JsonNode document = records(run).get(0).get("document");
        assertEquals("<stdin>", document.get("source").asText());
        assertEquals(RawDocument.ofText("x", STORY).sha256(), document.get("id").asText());
        assertEquals(STORY.strip(), document.get("text").asText());
    }

    @Test
    void textFormatShowsTheFieldsThenTheWrappedBody() throws IOException {
        Path page = write("page.html", PAGE.replace("They agreed", "They agreed, after a long argument about the "
                + "agenda, the order of speakers and the wording of the final communiqué, to meet again."));
        CliRun run = CliRun.of("extract", "--format", "text", page.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.outLines();
        assertEquals("== Envoys meet", lines.get(0));
        assertEquals("source:    " + page + " (html)", lines.get(1));
        assertEquals("language:  en", lines.get(2), "the language is guessed from the body");
        assertEquals("", lines.get(3));
        assertEquals("The envoys met on Monday.", lines.get(4));
        assertTrue(lines.stream().allMatch(line -> line.length() <= TextView.WIDTH), run.out());
        assertTrue(run.out().contains("communiqué"));
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path story = write("wire.txt", STORY);
        assertEquals(2, CliRun.of("extract").exit());
        assertEquals(2, CliRun.of("extract", "--format", "pdf", story.toString()).exit());
        assertEquals(2, CliRun.of("extract", "--no-such-option", story.toString()).exit());
        CliRun twice = CliRun.of("extract", "-", "-");
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("standard input (-) can be read only once"), twice.err());
        CliRun size = CliRun.of("extract", "--max-bytes", "0", story.toString());
        assertEquals(2, size.exit());
        assertTrue(size.err().contains("must be between 1 byte and 1.0 GiB"), size.err());
    }

    @Test
    void badInputGetsOneLineEachAndTheRestIsProcessed() throws Exception {
        Path good = write("in/a-good.txt", STORY);
        write("in/empty.txt", new byte[0]);
        write("in/blank.md", " \n\n\t \n");
        write("in/nul.txt", "text\0with\0nul bytes".getBytes(StandardCharsets.ISO_8859_1));
        write("in/report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        write("in/photo.png", java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452"));
        Files.createSymbolicLink(dir.resolve("in/gone.html"), dir.resolve("nowhere.html"));
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("in/big.html").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Path missing = dir.resolve("missing.html");
        CliRun run = CliRun.of("extract", dir.resolve("in").toString(), missing.toString());
        assertEquals(1, run.exit());
        assertEquals(List.of(good.toString()), records(run).stream()
                .map(r -> r.get("document").get("source").asText()).toList());
        String in = dir.resolve("in") + "/";
        assertEquals(List.of(
                "error: " + in + "gone.html: broken symbolic link (its target " + dir.resolve("nowhere.html") + " does not exist)",
                "error: " + missing + ": no such file or folder",
                "error: " + in + "big.html: document is 50.0 MiB (52428800 bytes), over the limit of 16.0 MiB "
                        + "(16777216 bytes) (raise it with --max-bytes)",
                "error: " + in + "blank.md: document holds only white space (6 bytes)",
                "error: " + in + "empty.txt: document is empty (0 bytes)",
                "error: " + in + "nul.txt: looks like binary data (it holds NUL bytes), not a text document",
                "error: " + in + "photo.png: looks like a PNG image, not a text document",
                "error: " + in + "report.pdf: looks like a PDF, not a text document"), run.errLines());
    }

    @Test
    void aNamedPipeInAFolderIsReportedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.html");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available here");
        write("story.txt", STORY);
        CliRun run = CliRun.of("extract", dir.toString());
        assertEquals(1, run.exit());
        assertEquals(List.of("error: " + fifo + ": not a regular file (a named pipe), so it is not read"), run.errLines());
        assertEquals(1, run.outLines().size());
    }

    @Test
    void damagedButReadableDocumentsAreProcessedWithProblems() throws IOException {
        Path cut = write("cut.html", PAGE.substring(0, PAGE.indexOf("They agreed") - 1));
        byte[] invalid = PAGE.replace("Monday", "Monday \u00ff\u00fe").getBytes(StandardCharsets.ISO_8859_1);
        Path broken = write("broken.html", invalid);
        CliRun run = CliRun.of("extract", cut.toString(), broken.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        List<JsonNode> records = records(run);
        assertEquals("truncated", records.get(0).get("problems").get(0).get("kind").asText());
        assertEquals("the page ends inside a tag (<p ...): it looks cut off",
                records.get(0).get("problems").get(0).get("message").asText());
        JsonNode encoding = records.get(1).get("problems").get(0);
        assertEquals("encoding", encoding.get("kind").asText());
        assertEquals("2 invalid byte sequences for UTF-8 replaced with U+FFFD", encoding.get("message").asText());
        assertTrue(records.get(1).get("document").get("text").asText().contains("Monday \uFFFD\uFFFD"));
    }

    @Test
    void aClosedOutputStopsTheRunWithOneLine() throws IOException {
        for (int i = 1; i <= 3; i++) {
            write("in/story" + i + ".txt", STORY.replace("four", "" + i));
        }
        int[] writes = {0};
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }
        };
        CommandLine sitrep = Sitrep.commandLine();
        StringWriter err = new StringWriter();
        sitrep.setOut(new PrintWriter(new OutputStreamWriter(closedPipe, StandardCharsets.UTF_8), true));
        sitrep.setErr(new PrintWriter(err, true));
        assertEquals(1, sitrep.execute("extract", dir.resolve("in").toString()));
        assertEquals("error: cannot write to standard output (closed pipe or full disk); stopped after 1 of 3 documents\n",
                err.toString());
        assertEquals(1, writes[0]);
    }

    @Test
    void maxBytesMovesTheLimit() throws IOException {
        Path story = write("wire.txt", STORY.repeat(20));
        CliRun refused = CliRun.of("extract", "--max-bytes", "1k", story.toString());
        assertEquals(1, refused.exit());
        assertEquals(List.of("error: " + story + ": document is 2.3 KiB (2320 bytes), over the limit of 1.0 KiB "
                + "(1024 bytes) (raise it with --max-bytes)"), refused.errLines());
        assertEquals(0, CliRun.of("extract", "--max-bytes", "4KiB", story.toString()).exit());
    }
}
