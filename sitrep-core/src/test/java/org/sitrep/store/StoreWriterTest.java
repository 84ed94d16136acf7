package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.DocumentRow;
import org.sitrep.export.TableRows;
import org.sitrep.pipeline.Analysis;

/** The writer: one at a time, readers between batches, near-duplicates, reconciling the index, exports. */
class StoreWriterTest {

    @TempDir
    Path dir;

    private StoreWriter writer(int batch) {
        return StoreWriter.open(new StoreDirectory(dir), batch, Clock.systemUTC());
    }

    private static Analysis accusation(String id, String filler) {
        return Articles.article(id, id + ".html", "Desk " + id, "2024-10-03", "PAK", "Pakistan", "accused",
                "ACCUSE", "AFG", "Afghanistan", filler);
    }

    @Test
    void secondWriterIsToldWhoWritesTheStore() {
        try (StoreWriter first = writer(4)) {
            StoreException e = assertThrows(StoreException.class, () -> writer(4));
            assertTrue(e.getMessage().contains("is being written by another process (pid "
                    + ProcessHandle.current().pid() + ")"), e.getMessage());
        }
        writer(4).close();
    }

    @Test
    void readersSeeEachBatchWhileTheWriterIsStillOpen() {
        try (StoreWriter writer = writer(2)) {
            Articles.add(writer, accusation("d1", Articles.HARBOUR));
            try (Store store = Store.openReadOnly(dir)) {
                assertEquals(0, store.stats().documents());
                Articles.add(writer, accusation("d2", Articles.DROUGHT));
                assertEquals(2, store.stats().documents());
                assertEquals(2, store.search(SearchQuery.of("Pakistan", 10)).total());
            }
        }
    }

    @Test
    void aDocumentIsStoredOnceAndKnownAfterReopening() {
        try (StoreWriter writer = writer(8)) {
            Articles.add(writer, accusation("d1", Articles.HARBOUR));
            assertTrue(writer.contains("d1"));
            assertThrows(IllegalArgumentException.class, () -> Articles.add(writer, accusation("d1", Articles.HARBOUR)));
        }
        try (StoreWriter again = writer(8)) {
            assertTrue(again.contains("d1"));
            assertEquals(1, again.size());
        }
    }

    @Test
    void nearCopyIsLinkedToItsOriginalAndNotCountedTwice() {
        try (StoreWriter writer = writer(8)) {
            assertNull(Articles.add(writer, accusation("d1", Articles.HARBOUR)));
            String copy = Articles.HARBOUR.replace("long night", "long, long night");
            assertEquals("d1", Articles.add(writer, accusation("d2", copy)));
            assertNull(Articles.add(writer, accusation("d3", Articles.FESTIVAL)));
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(1, store.stats().nearDuplicates());
            assertEquals("d1", store.document("d2").orElseThrow().ref().duplicateOf());
            List<EventHit> hits = store.events(new EventQuery(EventFilter.ALL, Page.first(10)));
            assertEquals(3, hits.size());
            hits.forEach(h -> assertEquals(2, h.mentions(), h.toString()));
            assertEquals(2, store.facets(EventFilter.ALL, 5).types().get(0).count());
        }
    }

    @Test
    void reopeningIndexesRowsTheIndexLacksAndDropsEntriesWithoutRows() throws IOException {
        try (StoreWriter writer = writer(8)) {
            Articles.add(writer, accusation("d1", Articles.HARBOUR));
            Articles.add(writer, accusation("d2", Articles.DROUGHT));
        }
        deleteTree(new StoreDirectory(dir).index());
        try (TextIndex index = TextIndex.open(new StoreDirectory(dir).index())) {
            DocumentRow ghost = TableRows.of(accusation("ghost", Articles.FESTIVAL)).document();
            index.put(ghost, List.of(), List.of());
            index.commit();
        }
        writer(8).close();
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(2, store.search(SearchQuery.of("Pakistan", 10)).total());
            assertEquals(0, store.search(SearchQuery.of("festival", 10)).total());
        }
    }

    @Test
    void parquetExportHoldsTheRowsOfTheFilteredEventsAndTheirDocuments() throws SQLException {
        try (StoreWriter writer = writer(8)) {
            Articles.add(writer, accusation("d1", Articles.HARBOUR));
            Articles.add(writer, Articles.article("d2", "d2.html", null, "2024-11-01", "IND", "India", "helped",
                    "AID", "NPL", "Nepal", Articles.FESTIVAL));
        }
        Path all = dir.resolve("all");
        Path aid = dir.resolve("aid");
        try (Store store = Store.openReadOnly(dir)) {
            Map<String, Long> written = store.exportParquet(all, EventFilter.ALL);
            assertEquals(Map.of("documents", 2L, "actors", 4L, "mentions", 4L, "events", 2L, "quotes", 0L), written);
            store.exportParquet(aid, new EventFilter(null, null, "AID", null, null, null, null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            assertEquals(2, single(s, "SELECT count(*) FROM '" + all.resolve("events.parquet") + "'"));
            assertEquals(1, single(s, "SELECT count(*) FROM '" + aid.resolve("documents.parquet") + "'"));
            assertEquals(1, single(s, "SELECT count(*) FROM '" + aid.resolve("events.parquet")
                    + "' WHERE list_contains(recipient_codes, 'NPL')"));
        }
    }

    @Test
    void recordsOfTheFilteredDocumentsAreHandedOverOneByOne() {
        try (StoreWriter writer = writer(8)) {
            Articles.add(writer, accusation("d1", Articles.HARBOUR));
            Articles.add(writer, accusation("d2", Articles.DROUGHT));
        }
        try (Store store = Store.openReadOnly(dir)) {
            StringBuilder lines = new StringBuilder();
            assertEquals(2, store.records(EventFilter.ALL, l -> lines.append(l).append('\n')));
            assertTrue(lines.toString().contains("\"id\":\"d2\""), lines.toString());
            assertEquals(0, store.records(EventFilter.ALL.withActor("USA"), l -> { }));
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
