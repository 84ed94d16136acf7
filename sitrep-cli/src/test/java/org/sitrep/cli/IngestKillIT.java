package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * Kills real {@code sitrep ingest} processes with SIGKILL at several moments and checks that the store opens,
 * holds only whole documents (each with all its events and its record; no index entry without its row), and
 * that a rerun completes the rest without duplicates. Each process loads the language models (about 15 s).
 */
class IngestKillIT {

    private static final int DOCUMENTS = 150;
    private static final String[][] STATES = {{"Pakistan", "PAK"}, {"India", "IND"}, {"Iran", "IRN"},
            {"China", "CHN"}, {"Turkey", "TUR"}, {"Egypt", "EGY"}, {"Japan", "JPN"}, {"Brazil", "BRA"}};
    private static final String[] ACTS = {"accused", "condemned", "threatened", "praised", "met with", "criticised"};

    @TempDir
    Path dir;

    /** Short news sentences, each one different, written for this test (the events are invented). */
    private Path input() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String a = STATES[i % STATES.length][0];
            String b = STATES[(i / STATES.length + 1 + i) % STATES.length][0];
            String text = a + " " + ACTS[i % ACTS.length] + " " + (a.equals(b) ? "Russia" : b)
                    + " on Monday over talks number " + i + ".";
            lines.add(mapper.writeValueAsString(Map.of("id", "doc-" + i, "text", text, "published", "2024-10-0"
                    + (1 + i % 9))));
        }
        Path file = dir.resolve("news.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private Process ingest(Path input, Path store, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                Sitrep.class.getName(), "ingest", "--jsonl", "--batch", "4", "--store", store.toString(), input.toString());
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("run-" + run + ".log").toFile());
        return builder.start();
    }

    @Test
    void killedIngestsLeaveWholeDocumentsAndARerunCompletesWithoutDuplicates() throws Exception {
        Path input = input();
        Path store = dir.resolve("store");
        // Killed: while the models load, then a little after the 20th and the 40th new document.
        int[] moreDocuments = {0, 20, 40};
        long[] delayMillis = {2000, 120, 260};
        long before = 0;
        for (int k = 0; k < moreDocuments.length; k++) {
            Process p = ingest(input, store, k);
            waitForDocuments(store, p, before + moreDocuments[k], k);
            Thread.sleep(delayMillis[k]);
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long stored = checkWhole(store, false);
            assertTrue(stored >= before, "kill " + k + " lost documents: " + stored + " < " + before);
            before = stored;
        }
        Process last = ingest(input, store, 9);
        assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the rerun did not finish");
        assertEquals(0, last.exitValue(), Files.readString(dir.resolve("run-9.log")));
        assertEquals(DOCUMENTS, checkWhole(store, true));
    }

    /** Waits until the store holds {@code count} documents (0: until it exists), while the process runs. */
    private void waitForDocuments(Path store, Process p, long count, int run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "ingest " + run + " ended before it could be killed: "
                    + Files.readString(dir.resolve("run-" + run + ".log")));
            if (Files.exists(store.resolve("events.duckdb")) && Files.exists(store.resolve("index"))) {
                try (Store s = Store.openReadOnly(store)) {
                    if (s.stats().documents() >= count) {
                        return;
                    }
                } catch (StoreException busy) {
                    // the writer holds the file longer than a reader waits; look again
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ingest " + run + " stored fewer than " + count + " documents in 5 minutes");
    }

    /** Checks that every stored document is whole; returns how many there are. */
    private long checkWhole(Path store, boolean indexComplete) throws Exception {
        Map<String, Integer> recordEvents = new HashMap<>();
        Map<String, Integer> rowEvents = new HashMap<>();
        Set<String> documents = new HashSet<>();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        ObjectMapper mapper = new ObjectMapper();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("events.duckdb"), readOnly);
             Statement s = c.createStatement()) {
            assertEquals(single(s, "SELECT count(*) FROM documents"), single(s, "SELECT count(DISTINCT doc_id) FROM documents"));
            try (ResultSet rs = s.executeQuery("SELECT doc_id FROM documents")) {
                while (rs.next()) {
                    documents.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT doc_id, record FROM records")) {
                while (rs.next()) {
                    recordEvents.put(rs.getString(1), mapper.readTree(rs.getString(2)).get("events").size());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT doc_id, count(*) FROM events GROUP BY doc_id")) {
                while (rs.next()) {
                    rowEvents.put(rs.getString(1), rs.getInt(2));
                }
            }
            assertEquals(documents.size(), single(s, "SELECT count(DISTINCT doc_id) FROM similarity"));
        }
        assertEquals(documents, recordEvents.keySet());
        for (String id : documents) {
            assertEquals(recordEvents.get(id), rowEvents.getOrDefault(id, 0), "events of " + id);
        }
        Set<String> indexed = indexed(store);
        assertTrue(documents.containsAll(indexed), "index entries without rows: " + indexed);
        if (indexComplete) {
            assertEquals(documents, indexed);
        }
        return documents.size();
    }

    private static Set<String> indexed(Path store) {
        Set<String> ids = new HashSet<>();
        try (Store s = Store.openReadOnly(store)) {
            for (SearchHit hit : s.search(SearchQuery.of("*:*", DOCUMENTS * 2)).hits()) {
                ids.add(hit.docId());
            }
        }
        return ids;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
