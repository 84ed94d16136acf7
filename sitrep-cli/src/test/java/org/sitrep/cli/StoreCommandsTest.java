package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Mention;
import org.sitrep.events.Event;
import org.sitrep.events.Span;
import org.sitrep.export.RecordJson;
import org.sitrep.export.TableRows;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Problem;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/** The query commands on a small store written from hand-made records (invented events). */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private String store;

    private static Analysis article(String id, String publisher, String day, String verb, String type,
                                    String[] actor, String[] recipient, String more) {
        String sentence = actor[1] + " " + verb + " " + recipient[1] + ".";
        int r = actor[1].length() + verb.length() + 2;
        List<Actor> actors = List.of(
                new Actor("a1", actor[1], actor[0], actor[0], null, "country", List.of(new Mention(0, actor[1].length(), actor[1]))),
                new Actor("a2", recipient[1], recipient[0], recipient[0], null, "country",
                        List.of(new Mention(r, r + recipient[1].length(), recipient[1]))));
        Event e = new Event("e1", type, null, List.of(), "010", List.of("a1"), List.of("a2"), "asserted", null, day,
                null, new Span(0, sentence.length()), null, 0.8);
        Document d = new Document(id, id + ".html", "html", "Report " + id, List.of(), day, publisher, List.of(), "en",
                sentence + "\n\n" + more);
        return new Analysis(d, actors, List.of(e), List.of(), List.of());
    }

    @BeforeEach
    void fill() {
        store = dir.resolve("store").toString();
        RecordJson json = new RecordJson();
        try (StoreWriter w = StoreWriter.open(new StoreDirectory(Path.of(store)), 8, Clock.systemUTC())) {
            for (Analysis a : List.of(
                    article("d1", "North Post", "2024-10-03", "accused", "ACCUSE", new String[] {"PAK", "Pakistan"},
                            new String[] {"AFG", "Afghanistan"}, "Border crossings stayed shut through the week."),
                    article("d2", "East Wire", "2024-11-12", "sent grain to", "AID", new String[] {"IND", "India"},
                            new String[] {"NPL", "Nepal"}, "The grain arrived by lorry over the mountain pass."))) {
                w.add(TableRows.of(a), json.line(a), a.document().source());
            }
            w.failed("scan.pdf", null, new Problem("binary", "a PDF document, not a page"));
        }
    }

    @Test
    void eventsOfAnActorArePrintedAsATableOrJsonLines() throws Exception {
        CliRun table = CliRun.of("events", "--store", store, "--actor", "pak");
        assertEquals(0, table.exit(), table.err());
        assertEquals(1, table.outLines().size(), table.out());
        assertTrue(table.out().startsWith("2024-10-03 ACCUSE asserted PAK -> AFG [mentions 1, articles 1, sources 1] "
                + "\"Pakistan accused Afghanistan.\" (Report d1; d1)"), table.out());
        CliRun jsonl = CliRun.of("events", "--store", store, "--format", "jsonl", "--type", "AID");
        JsonNode hit = new ObjectMapper().readTree(jsonl.outLines().get(0));
        assertEquals("2024-11-12", hit.get("event").get("day").asText());
        assertEquals("East Wire", hit.get("document").get("publisher").asText());
    }

    @Test
    void badFilterValuesAreUsageErrors() {
        CliRun run = CliRun.of("events", "--store", store, "--type", "BOMB");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown event type 'BOMB'"), run.err());
    }

    @Test
    void searchPrintsSnippetsAndABadQueryIsOneLineWithStatusTwo() {
        CliRun run = CliRun.of("search", "--store", store, "grain");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("1 article matches"), run.out());
        assertTrue(run.out().contains("**grain**"), run.out());
        CliRun bad = CliRun.of("search", "--store", store, "title:(grain");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.errLines().size(), bad.err());
        assertTrue(bad.err().startsWith("error: cannot read the search query 'title:(grain'"), bad.err());
    }

    @Test
    void actorsAndStatsShowCountsPartnersAndFailures() {
        CliRun actors = CliRun.of("actors", "--store", store);
        assertEquals(0, actors.exit(), actors.err());
        assertTrue(actors.out().lines().anyMatch(l -> l.startsWith("AFG") && l.endsWith("PAK 1")), actors.out());
        CliRun stats = CliRun.of("stats", "--store", store);
        assertTrue(stats.out().startsWith("documents 2 (0 near-duplicates), events 2"), stats.out());
        assertTrue(stats.out().contains("  PAK -> AFG  1"), stats.out());
        assertTrue(stats.out().contains("  binary  1"), stats.out());
        assertTrue(stats.out().contains("scan.pdf: binary: a PDF document, not a page"), stats.out());
    }

    @Test
    void exportWritesParquetTablesAndRecords() throws Exception {
        Path parquet = dir.resolve("parquet");
        CliRun run = CliRun.of("export", "--store", store, "--format", "parquet", "--out", parquet.toString(),
                "--actor", "IND");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("events.parquet (1 rows)"), run.err());
        assertTrue(Files.size(parquet.resolve("documents.parquet")) > 0);
        Path jsonl = dir.resolve("records.jsonl");
        CliRun records = CliRun.of("export", "--store", store, "--format", "jsonl", "--out", jsonl.toString());
        assertEquals(0, records.exit(), records.err());
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(2, lines.size());
        assertEquals("d1", new ObjectMapper().readTree(lines.get(0)).get("document").get("id").asText());
    }

    @Test
    void exportWritesPloverAndGdeltEventsWithTheirReportCounts() throws Exception {
        Path plover = dir.resolve("events.jsonl");
        CliRun run = CliRun.of("export", "--store", store, "--format", "plover", "--out", plover.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(plover);
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("ACCUSE", first.get("event").get(0).asText());
        assertEquals("2024-10-03", first.get("date").asText());
        Path gdelt = dir.resolve("events.tsv");
        CliRun tsv = CliRun.of("export", "--store", store, "--format", "gdelt", "--out", gdelt.toString(),
                "--recipient", "NPL");
        assertEquals(0, tsv.exit(), tsv.err());
        List<String> rows = Files.readAllLines(gdelt);
        assertEquals(1, rows.size());
        String[] cells = rows.get(0).split("\t", -1);
        assertEquals(61, cells.length);
        assertEquals("20241112", cells[1]);
        assertEquals("d2.html", cells[60]);
    }

    @Test
    void missingStoreIsNamedWithoutAStackTrace() {
        CliRun run = CliRun.of("stats", "--store", dir.resolve("nowhere").toString());
        assertEquals(1, run.exit());
        assertEquals(List.of("error: no store at " + dir.resolve("nowhere") + " (run sitrep ingest first, or give --store)"),
                run.errLines());
    }

    @Test
    void ingestIntoAStoreBeingWrittenIsRefusedWithThePid() {
        try (StoreWriter w = StoreWriter.open(new StoreDirectory(Path.of(store)), 8, Clock.systemUTC())) {
            CliRun run = CliRun.of("ingest", "--store", store, dir.toString());
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("is being written by another process (pid "), run.err());
        }
    }
}
