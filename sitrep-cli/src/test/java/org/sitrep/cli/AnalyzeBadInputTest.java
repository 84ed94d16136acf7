package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 3's bad input through {@code sitrep analyze} with the real analyser (its models load once per test
 * JVM): very long sentences, a 10,000-sentence document, other languages, text with no letters, tables of
 * numbers. Each gets its record, possibly with a problem on it, and the batch goes on. The inputs are
 * generated here.
 */
class AnalyzeBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun analyzeJsonLines(List<String> lines) {
        CommandLine sitrep = Sitrep.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        sitrep.setOut(new PrintWriter(out, true));
        sitrep.setErr(new PrintWriter(err, true));
        AnalyzeCommand analyze = (AnalyzeCommand) sitrep.getSubcommands().get("analyze").getCommand();
        String input = String.join("\n", lines) + "\n";
        analyze.inputs.stdin = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        int exit = sitrep.execute("analyze", "--jsonl", "-");
        return new CliRun(exit, out.toString(), err.toString());
    }

    private static String line(String id, String text) {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("text", text).put("published", "2024-10-03");
        return node.toString();
    }

    private static List<String> problemKinds(JsonNode record) {
        List<String> kinds = new ArrayList<>();
        record.get("problems").forEach(p -> kinds.add(p.get("kind").asText()));
        return kinds;
    }

    /** One sentence of about 700 tokens with an event trigger and no full stop until its end. */
    private static String longSentence() {
        StringBuilder text = new StringBuilder("Iran condemned");
        for (int i = 0; i < 60; i++) {
            text.append(" the strikes, the raids and the shelling of towns near the border,");
        }
        return text.append(" said the statement.").toString();
    }

    /** 300 rows of figures, one row a line, as a table pasted from a page. */
    private static String numberTable() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 300; row++) {
            text.append(2000 + row % 25).append("  ").append(row * 37 % 1000).append(".5  ")
                    .append(row * 1234 % 99_999).append("  ").append(row % 7).append("%\n");
        }
        return text.toString();
    }

    @Test
    void oddTextsEachGetTheirRecordWithTheirProblemAndTheBatchGoesOn() throws Exception {
        List<String> input = List.of(
                line("long", longSentence()),
                line("symbols", "1234 5678 -- !!! ### 3.14159 ... 42 + 17 = 59 ;; ** // 2024-10-03"),
                line("table", numberTable()),
                line("russian", "Министр иностранных дел России заявил в понедельник, что переговоры с Китаем "
                        + "продолжатся на следующей неделе, и осудил удар по границе."),
                line("chinese", "外交部长星期一表示，与邻国的谈判将在下周继续，并谴责了对边境的袭击。"
                        + "双方官员同意在首都再次会面，讨论贸易和安全问题，并发表联合声明。"),
                "{\"id\": \"broken\", \"text\": ",
                line("plain", "Chad condemned Niger."));
        CliRun run = analyzeJsonLines(input);

        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).contains("<stdin>:6"), run.err());
        List<JsonNode> records = new ArrayList<>();
        for (String out : run.outLines()) {
            records.add(JSON.readTree(out));
        }
        List<String> ids = records.stream().map(r -> r.at("/document/id").asText()).toList();
        assertEquals(List.of("long", "symbols", "table", "russian", "chinese", "plain"), ids);

        assertTrue(problemKinds(records.get(0)).contains("nlp-long-sentence"), records.get(0).get("problems").toString());
        for (int i : new int[] {1, 2}) {
            assertEquals(0, records.get(i).get("events").size(), ids.get(i));
            assertEquals(0, records.get(i).get("actors").size(), ids.get(i));
        }
        for (int i : new int[] {3, 4}) {
            assertTrue(problemKinds(records.get(i)).contains("not-english"), records.get(i).toString());
            assertEquals(0, records.get(i).get("events").size(), ids.get(i));
        }
        assertEquals("ACCUSE", records.get(5).at("/events/0/type").asText(), records.get(5).toString());
    }

    @Test
    void aTenThousandSentenceDocumentIsReadToItsEnd() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(i % 2 == 0 ? "Rain fell. " : "The river rose. ");
            if (i % 5 == 4) {
                text.append("\n\n");
            }
        }
        int last = text.length();
        text.append("Chad condemned Niger.");
        CliRun run = analyzeJsonLines(List.of(line("ten-thousand", text.toString())));

        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.outLines().size());
        JsonNode record = JSON.readTree(run.outLines().get(0));
        assertEquals(1, record.get("events").size(), record.get("events").toString());
        assertEquals("ACCUSE", record.at("/events/0/type").asText());
        assertEquals(last, record.at("/events/0/sentence/start").asInt());
        assertTrue(problemKinds(record).stream().noneMatch(k -> k.equals("nlp-failed")), record.get("problems").toString());
    }
}
