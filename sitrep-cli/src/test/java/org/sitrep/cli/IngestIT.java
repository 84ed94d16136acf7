package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.store.StoreStats;

/**
 * The 181 pages of the article-extraction benchmark and the seed article ingested through the command line into
 * a fresh store, then queried with every store command. One store for the class: the ingest is the slow part.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIT {

    private static final Path SHARED = Path.of(System.getProperty("sitrep.shared", "../shared"));
    private static final Path PAGES = SHARED.resolve("eval/article-extraction/html");
    private static final Path SEED = SHARED.resolve("corpus/seed");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static CliRun first;

    private static String store() {
        return dir.resolve("store").toString();
    }

    private static synchronized CliRun ingested() throws Exception {
        assumeTrue(Files.isDirectory(PAGES) && Files.isDirectory(SEED), "shared data missing at " + SHARED);
        if (first == null) {
            Path bad = Files.createDirectories(dir.resolve("bad"));
            Files.write(bad.resolve("empty.html"), new byte[0]);
            Files.write(bad.resolve("picture.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
            first = CliRun.of("ingest", "--store", store(), PAGES.toString(), SEED.toString(), bad.toString());
            // The run's figures (time, rate, share of time in the store) for docs/benchmarks.md.
            System.out.println("IngestIT: " + first.errLines().get(first.errLines().size() - 1));
        }
        return first;
    }

    private static long pages() throws Exception {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    @Test
    @Order(1)
    void everyPageAndTheSeedAreStoredAndTheBrokenInputsAreLogged() throws Exception {
        CliRun run = ingested();
        assertEquals(1, run.exit(), run.err());
        List<String> errors = run.errLines().stream().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.stream().anyMatch(l -> l.contains("empty.html")), run.err());
        try (Store s = Store.openReadOnly(dir.resolve("store"))) {
            StoreStats stats = s.stats();
            assertEquals(pages() + 1, stats.documents());
            assertTrue(stats.events() > 100, "events " + stats.events());
            assertEquals(2, stats.failuresByKind().stream().mapToLong(c -> c.count()).sum(), stats.toString());
        }
        CliRun stats = CliRun.of("stats", "--store", store());
        assertTrue(stats.out().contains("picture.html"), stats.out());
    }

    @Test
    @Order(2)
    void theSeedsEventsComeBackForPakistanExactlyAsItsRecordHasThem() throws Exception {
        ingested();
        CliRun run = CliRun.of("events", "--store", store(), "--actor", "PAK", "--format", "jsonl", "--limit", "10000");
        assertEquals(0, run.exit(), run.err());
        Set<String> listed = new HashSet<>();
        String seedId = null;
        for (String line : run.outLines()) {
            JsonNode hit = JSON.readTree(line);
            if (hit.get("document").get("source").asText().contains("corpus/seed")) {
                seedId = hit.get("document").get("docId").asText();
                listed.add(hit.get("event").get("eventId").asText());
            }
        }
        assertTrue(seedId != null, "no seed event for PAK in " + run.out());
        Set<String> expected = new HashSet<>();
        try (Store s = Store.openReadOnly(dir.resolve("store"))) {
            JsonNode record = JSON.readTree(s.document(seedId).orElseThrow().recordJson());
            Set<String> pakActors = new HashSet<>();
            for (JsonNode actor : record.get("actors")) {
                if ("PAK".equals(actor.path("code").asText()) || "PAK".equals(actor.path("country").asText())) {
                    pakActors.add(actor.get("id").asText());
                }
            }
            for (JsonNode event : record.get("events")) {
                List<String> sides = new ArrayList<>();
                event.get("actors").forEach(a -> sides.add(a.asText()));
                event.get("recipients").forEach(a -> sides.add(a.asText()));
                if (sides.stream().anyMatch(pakActors::contains)) {
                    expected.add(event.get("id").asText());
                }
            }
        }
        assertEquals(expected, listed);
        assertTrue(run.out().contains("\"type\":\"ACCUSE\""), run.out());
    }

    @Test
    @Order(3)
    void searchActorsAndStatsAnswerFromTheCorpus() throws Exception {
        ingested();
        CliRun search = CliRun.of("search", "--store", store(), "Taliban AND actor:PAK");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("**Taliban**"), search.out());
        assertTrue(search.out().contains("corpus/seed"), search.out());
        CliRun actors = CliRun.of("actors", "--store", store(), "--limit", "200");
        assertTrue(actors.out().lines().anyMatch(l -> l.startsWith("PAK ")), actors.out());
        CliRun stats = CliRun.of("stats", "--store", store());
        assertTrue(stats.out().contains("events by type:\n  "), stats.out());
    }

    @Test
    @Order(4)
    void parquetExportReadsBackWithTheStoresRowCounts() throws Exception {
        ingested();
        Path out = dir.resolve("parquet");
        CliRun run = CliRun.of("export", "--store", store(), "--format", "parquet", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store/events.duckdb"),
                readOnly()); Statement s = c.createStatement()) {
            for (String table : List.of("documents", "actors", "mentions", "events", "quotes")) {
                String file = out.resolve(table + ".parquet").toString();
                assertEquals(count(s, "SELECT count(*) FROM " + table), count(s, "SELECT count(*) FROM '" + file + "'"),
                        table);
            }
        }
    }

    @Test
    @Order(5)
    void ingestingTheSameInputAgainAddsNothing() throws Exception {
        long before;
        ingested();
        try (Store s = Store.openReadOnly(dir.resolve("store"))) {
            before = s.stats().documents();
        }
        CliRun again = CliRun.of("ingest", "--store", store(), PAGES.toString(), SEED.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().startsWith("ingested 0 documents"), again.err());
        assertFalse(again.err().contains("error"), again.err());
        try (Store s = Store.openReadOnly(dir.resolve("store"))) {
            assertEquals(before, s.stats().documents());
        }
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
