package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.RecordJson;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.DocumentException;

/**
 * A Spark job's output folder (written here as the job writes it: Parquet tables with a {@code _SUCCESS} mark)
 * loaded into a store through {@link Ingest#add(Analysis)}, against a store written the usual way.
 */
class SparkOutputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T10:00:00Z"), ZoneOffset.UTC);
    private static final RecordJson JSON = new RecordJson();

    @TempDir
    Path dir;

    private static List<Analysis> articles() {
        return List.of(
                Articles.article("d1", "https://north.example/a", "North Post", "2024-10-03", "PAK", "Pakistan",
                        "accused", "ACCUSE", "AFG", "Afghanistan", Articles.HARBOUR),
                Articles.article("d2", "https://south.example/b", "South Daily", "2024-10-03", "PAK", "Pakistan",
                        "accused", "ACCUSE", "AFG", "Afghanistan", Articles.HARBOUR),
                Articles.article("d3", "https://east.example/c", "East Wire", "2024-11-12", "IND", "India",
                        "sent aid to", "AID", "NPL", "Nepal", Articles.FESTIVAL));
    }

    /** Writes the tables the loader reads, in Parquet, as the job lays them out. */
    private Path jobOutput(List<String[]> records, List<String[]> errors) throws SQLException, java.io.IOException {
        Path out = dir.resolve("job-out");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE records (doc_id VARCHAR, record VARCHAR)");
            s.execute("CREATE TABLE errors (source VARCHAR, kind VARCHAR, message VARCHAR)");
            insert(c, "INSERT INTO records VALUES (?, ?)", records);
            insert(c, "INSERT INTO errors VALUES (?, ?, ?)", errors);
            for (String table : List.of("records", "errors")) {
                Path folder = Files.createDirectories(out.resolve(table));
                s.execute("COPY " + table + " TO '" + folder.resolve("part-00000.snappy.parquet") + "' (FORMAT PARQUET)");
                Files.createFile(folder.resolve("_SUCCESS"));
            }
        }
        return out;
    }

    private static void insert(Connection c, String sql, List<String[]> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    p.setString(i + 1, row[i]);
                }
                p.executeUpdate();
            }
        }
    }

    private static List<String[]> records(List<Analysis> analyses) {
        return analyses.stream().map(a -> new String[] {a.document().id(), JSON.line(a)}).toList();
    }

    private static IngestCounts load(Path store, Path output, List<DocumentException> failures) {
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(store), 2, CLOCK)) {
            Ingest ingest = new Ingest(writer, new ArticleExtractor(), x -> {
                throw new AssertionError("a loaded record is never analysed again: " + x.document().source());
            }, failures::add);
            new SparkOutput(output).read(ingest::add, ingest::failed);
            ingest.flush();
            return ingest.counts();
        }
    }

    private static List<String> events(Path store, String actor) {
        try (Store s = Store.openReadOnly(store)) {
            return s.events(new EventQuery(EventFilter.ALL.withActor(actor), Page.first(100))).stream()
                    .map(EventHit::toString).toList();
        }
    }

    @Test
    void aLoadedJobOutputAnswersLikeAStoreWrittenFromTheSameRecords() throws Exception {
        Path output = jobOutput(records(articles()), List.<String[]>of(
                new String[] {"file:/crawl/a.warc.gz#record 4", "corrupt-record", "at byte 812: bad gzip header"}));
        assertTrue(SparkOutput.isJobOutput(output));
        Path direct = dir.resolve("direct");
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(direct), 2, CLOCK)) {
            articles().forEach(a -> Articles.add(writer, a));
        }
        List<DocumentException> failures = new ArrayList<>();

        IngestCounts counts = load(dir.resolve("loaded"), output, failures);

        assertEquals(new IngestCounts(3, 1, 0, 1, 3), counts, "d2 repeats d1's text; one failed input");
        assertEquals(events(direct, "PAK"), events(dir.resolve("loaded"), "PAK"));
        assertEquals(events(direct, "IND"), events(dir.resolve("loaded"), "IND"));
        assertEquals(2, events(dir.resolve("loaded"), "PAK").size());
        assertEquals(List.of("file:/crawl/a.warc.gz#record 4"), failures.stream().map(DocumentException::source).toList());
        try (Store s = Store.openReadOnly(dir.resolve("loaded"))) {
            assertEquals(JSON.line(articles().get(2)), s.document("d3").orElseThrow().recordJson());
            assertEquals("corrupt-record", s.stats().latestFailures().get(0).problemKind());
        }
    }

    @Test
    void loadingTheSameOutputAgainAddsNothing() throws Exception {
        Path output = jobOutput(records(articles()), List.of());
        Path store = dir.resolve("store");
        load(store, output, new ArrayList<>());

        IngestCounts again = load(store, output, new ArrayList<>());

        assertEquals(new IngestCounts(0, 0, 3, 0, 0), again);
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(3, s.stats().documents());
        }
    }

    @Test
    void aBrokenRecordIsOneFailureNamingItAndTheOthersLoad() throws Exception {
        List<String[]> rows = new ArrayList<>(records(articles()));
        rows.add(new String[] {"d9", "{\"version\":1,\"document\":"});
        List<DocumentException> failures = new ArrayList<>();

        IngestCounts counts = load(dir.resolve("store"), jobOutput(rows, List.of()), failures);

        assertEquals(3, counts.stored());
        assertEquals(1, failures.size());
        assertEquals("bad-record", failures.get(0).problem().kind());
        assertTrue(failures.get(0).source().contains("d9"), failures.get(0).source());
    }

    @Test
    void aFolderWithoutTheJobsMarkIsNotJobOutput() throws Exception {
        Files.createDirectories(dir.resolve("pages/records"));
        assertFalse(SparkOutput.isJobOutput(dir.resolve("pages")));
        assertFalse(SparkOutput.isJobOutput(dir.resolve("missing")));
    }

    @Test
    void anOlderOutputWithoutRecordsIsRefusedWithAReason() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old/documents"));
        Files.createFile(old.resolve("_SUCCESS"));
        assertTrue(SparkOutput.isJobOutput(dir.resolve("old")));
        DocumentException e = assertThrows(DocumentException.class,
                () -> new SparkOutput(dir.resolve("old")).read(a -> { }, x -> { }));
        assertTrue(e.getMessage().contains("records"), e.getMessage());
    }
}
