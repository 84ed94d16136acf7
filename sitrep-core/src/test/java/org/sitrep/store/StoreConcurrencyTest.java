package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One shared {@link Store} queried from several threads while a writer in the same process adds batches, as a
 * server does when it builds or grows its own store: every query answers, and counts only grow by whole batches.
 */
class StoreConcurrencyTest {

    private static final int BATCH = 3;
    private static final String[] FILLERS = {Articles.HARBOUR, Articles.DROUGHT, Articles.FESTIVAL};

    @TempDir
    Path dir;

    @Test
    void queriesFromSeveralThreadsSeeWholeBatchesWhileTheWriterWrites() throws Exception {
        StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), BATCH, Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (Store store = Store.openReadOnly(dir)) {
            List<Future<List<Long>>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(threads.submit(() -> {
                    List<Long> seen = new ArrayList<>();
                    while (writing.get()) {
                        seen.add(store.countEvents(EventFilter.ALL));
                        store.search(SearchQuery.of("Pakistan", 5));
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 4 * BATCH; i++) {
                Articles.add(writer, Articles.article("d" + i, "s" + i + ".html", "Desk " + i, "2024-10-0" + (1 + i % 9),
                        "PAK", "Pakistan", "accused", "ACCUSE", "AFG", "Afghanistan", FILLERS[i % 3] + " Part " + i + "."));
            }
            writer.close();
            writing.set(false);
            for (Future<List<Long>> reader : readers) {
                for (long count : reader.get(1, TimeUnit.MINUTES)) {
                    assertEquals(0, count % BATCH, "a reader saw part of a batch: " + count);
                }
            }
            assertEquals(4 * BATCH, store.countEvents(EventFilter.ALL));
            assertTrue(store.search(SearchQuery.of("Pakistan", 5)).total() == 4 * BATCH);
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }
    }
}
