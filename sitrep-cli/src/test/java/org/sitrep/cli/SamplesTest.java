package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code sitrep extract samples/}, the first stage of the README's first command, run in-process on the bundled samples. */
class SamplesTest {

    // Maven runs tests in the module folder (and says so in "basedir"); the samples sit beside it.
    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize()
            .resolveSibling("samples");

    private static Map<String, JsonNode> extractSamples() throws IOException {
        assertTrue(Files.isDirectory(SAMPLES), "samples folder not found at " + SAMPLES);
        CliRun run = CliRun.of("extract", SAMPLES + "/");
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (String line : run.outLines()) {
            JsonNode record = new ObjectMapper().readTree(line);
            records.put(Path.of(record.get("document").get("source").asText()).getFileName().toString(), record);
        }
        return records;
    }

    @Test
    void everySampleIsExtractedCleanlyAndTheReadmeIsNot() throws IOException {
        Map<String, JsonNode> records = extractSamples();
        assertEquals(Map.of("border-clash.md", "markdown", "cyclone-aid-agreement.txt", "text",
                "ministers-joint-statement.html", "html", "river-patrol-pact.html", "html"),
                Map.copyOf(records.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().get("document").get("format").asText()))));
        for (Map.Entry<String, JsonNode> entry : records.entrySet()) {
            JsonNode record = entry.getValue();
            assertFalse(record.get("document").get("text").asText().isBlank(), entry.getKey());
            assertEquals(0, record.get("problems").size(), entry.getKey() + ": " + record.get("problems"));
        }
    }

    @Test
    void theWindows1252SampleIsDecodedFromItsHttpEquivDeclaration() throws IOException {
        String text = extractSamples().get("river-patrol-pact.html").get("document").get("text").asText();
        assertTrue(text.contains("\u201cThese families have paid protection money for too long,\u201d C\u00e1rdenas said"), text);
        assertTrue(text.contains("Puerto Legu\u00edzamo"), text);
        assertFalse(text.contains("\uFFFD"), text);
    }

    @Test
    void theTextViewOfTheSamplesIsClean() {
        CliRun run = CliRun.of("extract", "--format", "text", SAMPLES.toString());
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        assertEquals(4, run.outLines().stream().filter(line -> line.startsWith("== ")).count());
        assertTrue(run.outLines().stream().allMatch(line -> line.length() <= TextView.WIDTH));
    }
}
