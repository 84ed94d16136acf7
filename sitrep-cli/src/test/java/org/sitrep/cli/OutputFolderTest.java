package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.RawDocument;

/** {@code sitrep extract --out DIR}: one file per document, with stable names that never collide. */
class OutputFolderTest {

    private static final String STORY = "GENEVA, March 4 (CWS) - The envoys met for six hours on Tuesday.\n";
    private static final String OTHER = "GENEVA, March 5 (CWS) - The envoys met again on Wednesday.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String id12(String text) {
        return RawDocument.ofText("x", text).sha256().substring(0, 12);
    }

    private List<String> written(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesAreNamedAfterTheSourceAndTheIdAndNeverCollide() throws IOException {
        write("in/a/Envoys meet: day 1.txt", STORY);
        write("in/b/Envoys meet: day 1.txt", STORY);
        write("in/c/envoys.md", OTHER);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("extract", "--out", out.toString(), dir.resolve("in").toString());
        assertEquals(0, run.exit(), run.err());
        String first = "Envoys-meet-day-1-" + id12(STORY);
        List<String> expected = List.of(first + "-2.json", first + ".json", "envoys-" + id12(OTHER) + ".json");
        assertEquals(expected, written(out));
        assertEquals(List.of(out.resolve(first + ".json").toString(), out.resolve(first + "-2.json").toString(),
                out.resolve("envoys-" + id12(OTHER) + ".json").toString()), run.outLines());
        JsonNode record = new ObjectMapper().readTree(Files.readString(out.resolve(first + ".json")));
        assertEquals(dir.resolve("in/a/Envoys meet: day 1.txt").toString(), record.get("document").get("source").asText());
        // A second run writes the same names again, so re-running replaces rather than piles up.
        assertEquals(0, CliRun.of("extract", "--out", out.toString(), dir.resolve("in").toString()).exit());
        assertEquals(expected, written(out));
    }

    @Test
    void standardInputIsWrittenAsStdinAndTextFormatAsTxt() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.withStdin(STORY.getBytes(StandardCharsets.UTF_8),
                "extract", "--format", "text", "--out", out.toString(), "-");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("stdin-" + id12(STORY) + ".txt"), written(out));
        assertTrue(Files.readString(out.resolve("stdin-" + id12(STORY) + ".txt")).contains("source:    <stdin> (text)"));
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsAUsageError() throws IOException {
        Path story = write("wire.txt", STORY);
        CliRun run = CliRun.of("extract", "--out", story.resolve("sub").toString(), story.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot create the folder"), run.err());
    }
}
