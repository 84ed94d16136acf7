package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
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
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * {@code sitrep ingest} of a Spark job's output folder (its Parquet {@code records} and {@code errors} tables,
 * written here with DuckDB from hand-made records with invented events): the store answers as one written
 * from the same records, the job's failures are logged, and a second load adds nothing.
 */
class IngestSparkOutputTest {

    private static final RecordJson JSON = new RecordJson();

    @TempDir
    Path dir;

    private static Analysis article(String id, String actor, String code, String verb, String recipient,
                                    String recipientCode, String type) {
        String sentence = actor + " " + verb + " " + recipient + ".";
        int r = actor.length() + verb.length() + 2;
        List<Actor> actors = List.of(
                new Actor("a1", actor, code, code, null, "country", List.of(new Mention(0, actor.length(), actor))),
                new Actor("a2", recipient, recipientCode, recipientCode, null, "country",
                        List.of(new Mention(r, r + recipient.length(), recipient))));
        Event e = new Event("e1", type, null, List.of(), "010", List.of("a1"), List.of("a2"), "asserted", null,
                "2024-10-03", null, new Span(0, sentence.length()), null, 0.8);
        Document d = new Document(id, "https://wire.example/" + id, "html", "Report " + id, List.of(), "2024-10-03",
                "Wire", List.of(), "en", sentence + "\n\nThe statement was read out at a press briefing.");
        return new Analysis(d, actors, List.of(e), List.of(), List.of());
    }

    private static List<Analysis> articles() {
        return List.of(article("d1", "Pakistan", "PAK", "accused", "Afghanistan", "AFG", "ACCUSE"),
                article("d2", "India", "IND", "sent aid to", "Nepal", "NPL", "AID"));
    }

    /** The job's layout: one Parquet folder per table, each with its {@code _SUCCESS} mark. */
    private Path jobOutput() throws Exception {
        Path out = dir.resolve("job-out");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE records (doc_id VARCHAR, record VARCHAR)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO records VALUES (?, ?)")) {
                for (Analysis a : articles()) {
                    p.setString(1, a.document().id());
                    p.setString(2, JSON.line(a));
                    p.executeUpdate();
                }
            }
            s.execute("CREATE TABLE errors AS SELECT 'file:/crawl/a.warc.gz#record 3' AS source, "
                    + "'binary' AS kind, 'a PNG image, not a page' AS message");
            for (String table : List.of("records", "errors")) {
                Path folder = Files.createDirectories(out.resolve(table));
                s.execute("COPY " + table + " TO '" + folder.resolve("part-00000.parquet") + "' (FORMAT PARQUET)");
                Files.createFile(folder.resolve("_SUCCESS"));
            }
        }
        return out;
    }

    @Test
    void aJobOutputFolderLoadsAsTheSameRecordsWrittenDirectly() throws Exception {
        Path output = jobOutput();
        String direct = dir.resolve("direct").toString();
        try (StoreWriter w = StoreWriter.open(new StoreDirectory(Path.of(direct)), 8, Clock.systemUTC())) {
            articles().forEach(a -> w.add(TableRows.of(a), JSON.line(a), a.document().source()));
        }
        String loaded = dir.resolve("loaded").toString();

        CliRun ingest = CliRun.of("ingest", "--store", loaded, output.toString());

        assertEquals(1, ingest.exit(), "the job's failed input is a failure: " + ingest.err());
        assertTrue(ingest.err().contains("error: file:/crawl/a.warc.gz#record 3"), ingest.err());
        assertTrue(ingest.err().contains("ingested 2 documents"), ingest.err());
        for (String actor : List.of("pak", "ind", "npl")) {
            CliRun expected = CliRun.of("events", "--store", direct, "--actor", actor);
            CliRun actual = CliRun.of("events", "--store", loaded, "--actor", actor);
            assertEquals(0, actual.exit(), actual.err());
            assertFalse(actual.out().isBlank(), actor);
            assertEquals(expected.out(), actual.out());
        }
        CliRun stats = CliRun.of("stats", "--store", loaded);
        assertTrue(stats.out().contains("  binary  1"), stats.out());
    }

    @Test
    void loadingTheSameOutputAgainAddsNothing() throws Exception {
        Path output = jobOutput();
        String store = dir.resolve("store").toString();
        CliRun.of("ingest", "--store", store, output.toString());

        CliRun again = CliRun.of("ingest", "--store", store, output.toString());

        assertTrue(again.err().contains("ingested 0 documents"), again.err());
        assertTrue(again.err().contains("2 already stored"), again.err());
        assertTrue(CliRun.of("stats", "--store", store).out().startsWith("documents 2 "));
    }
}
