package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    private static CliRun analyze(String stdin, String... args) {
        CommandLine sitrep = Sitrep.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        sitrep.setOut(new PrintWriter(out, true));
        sitrep.setErr(new PrintWriter(err, true));
        AnalyzeCommand analyze = (AnalyzeCommand) sitrep.getSubcommands().get("analyze").getCommand();
        analyze.inputs.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int exit = sitrep.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void jsonLinesGiveOneRecordEachAndABadLineIsNamed() throws Exception {
        String input = "{\"id\": \"s1\", \"text\": \"Iran condemned Israel.\", \"published\": \"2024-10-03\"}\n"
                + "not json at all\n";
        CliRun run = analyze(input, "analyze", "--jsonl", "-");
        assertEquals(1, run.exit());
        assertEquals(1, run.outLines().size());
        JsonNode record = new ObjectMapper().readTree(run.outLines().get(0));
        assertEquals("s1", record.get("document").get("id").asText());
        assertEquals("ACCUSE", record.get("events").get(0).get("type").asText());
        assertEquals(1, run.errLines().size());
        assertTrue(run.errLines().get(0).contains("<stdin>:2"), run.err());
    }

    @Test
    void textReportHasOneLinePerEvent() {
        String input = "{\"text\": \"Pakistan might strike Afghanistan.\", \"published\": \"2024-09-26\"}\n";
        CliRun run = analyze(input, "analyze", "--jsonl", "--format", "text", "-");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2024-09 PAK(Pakistan) -ASSAULT-> AFG(Afghanistan) [possible] "
                + "\"Pakistan might strike Afghanistan.\""), run.out());
    }

    @Test
    void readmesFirstCommandAnalysesEverySampleWithActorsAndEvents() throws Exception {
        java.nio.file.Path samples = java.nio.file.Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .normalize().resolveSibling("samples");
        CliRun run = analyze("", "analyze", samples.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(4, run.outLines().size(), run.out());
        for (String line : run.outLines()) {
            JsonNode record = new ObjectMapper().readTree(line);
            String source = record.at("/document/source").asText();
            assertTrue(record.get("actors").size() >= 2, "actors in " + source);
            assertTrue(record.get("events").size() >= 1, "events in " + source);
            for (JsonNode event : record.get("events")) {
                String text = record.at("/document/text").asText();
                String trigger = event.at("/trigger/text").asText();
                assertEquals(trigger, text.substring(event.at("/trigger/start").asInt(), event.at("/trigger/end").asInt()),
                        "trigger offsets index the clean text of " + source);
            }
        }
    }

    @Test
    void aUserDictionaryGivesItsActorsTheirCodes(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "id\tkind\tname\taliases\tcodes\n"
                + "LSC\torganisation\tLake Senna Council\tSenna Council\tKEN CVL\n", StandardCharsets.UTF_8);
        String input = "{\"text\": \"The Lake Senna Council accused Uganda of closing the border.\", "
                + "\"published\": \"2025-03-04\"}\n";
        CliRun without = analyze(input, "analyze", "--jsonl", "-");
        CliRun with = analyze(input, "analyze", "--jsonl", "--dictionary", mine.toString(), "-");
        assertEquals(0, with.exit(), with.err());
        assertTrue(codes(without).stream().noneMatch("LSC"::equals), without.out());
        assertTrue(codes(with).contains("LSC"), with.out());
    }

    @Test
    void aMalformedUserDictionaryIsAUsageErrorNamingItsLine(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("broken.tsv");
        Files.writeString(mine, "id\tkind\tname\taliases\tcodes\nLSC\tnot-a-kind\tLake Senna Council\t\tKEN\n",
                StandardCharsets.UTF_8);
        CliRun run = analyze("", "analyze", "--dictionary", mine.toString(), "-");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("broken.tsv") && run.err().contains("2"), run.err());
    }

    private static java.util.List<String> codes(CliRun run) throws Exception {
        java.util.List<String> codes = new java.util.ArrayList<>();
        new ObjectMapper().readTree(run.outLines().get(0)).get("actors").forEach(a -> codes.add(a.get("code").asText()));
        return codes;
    }
}
