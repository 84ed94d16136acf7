package org.sitrep.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.sitrep.export.RecordJson;
import org.sitrep.export.TableRows;
import org.sitrep.pipeline.Analysis;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * Loads a synthetic corpus into a fresh store and measures it: how long the store took (apart from making
 * the documents), and how large the store is on disk.
 */
public final class StoreLoad {

    /**
     * What loading gave.
     *
     * @param documents documents handed to the writer
     * @param nearDuplicates of those, stored as near-duplicates of another
     * @param events events stored
     * @param makeSeconds time spent making the documents (corpus, rows and records)
     * @param storeSeconds time spent in the writer (adding, flushing, closing)
     * @param databaseBytes size of the DuckDB files
     * @param indexBytes size of the Lucene index
     */
    public record Result(int documents, int nearDuplicates, long events, double makeSeconds, double storeSeconds,
                         long databaseBytes, long indexBytes) {

        /** Documents stored per second of the writer's time. */
        public double documentsPerSecond() {
            return documents / storeSeconds;
        }

        /** Bytes on disk per document, database and index together. */
        public double bytesPerDocument() {
            return (databaseBytes + indexBytes) / (double) documents;
        }
    }

    private final SyntheticCorpus corpus;
    private final int batchSize;

    public StoreLoad(SyntheticCorpus corpus, int batchSize) {
        this.corpus = corpus;
        this.batchSize = batchSize;
    }

    /** Writes documents {@code 0..documents-1} into a new store at {@code dir}; {@code progress} hears each count. */
    public Result load(Path dir, int documents, IntConsumer progress) {
        RecordJson json = new RecordJson();
        StoreDirectory store = new StoreDirectory(dir);
        long make = 0;
        long write = 0;
        long events = 0;
        int near = 0;
        long started = System.nanoTime();
        StoreWriter writer = StoreWriter.open(store, batchSize, Clock.systemUTC());
        write += System.nanoTime() - started;
        try {
            for (int i = 0; i < documents; i++) {
                long t0 = System.nanoTime();
                Analysis analysis = corpus.analysis(i);
                TableRows rows = TableRows.of(analysis);
                String record = json.line(analysis);
                long t1 = System.nanoTime();
                near += writer.add(rows, record, rows.document().source()) == null ? 0 : 1;
                write += System.nanoTime() - t1;
                make += t1 - t0;
                events += rows.events().size();
                if ((i + 1) % 1000 == 0) {
                    progress.accept(i + 1);
                }
            }
        } finally {
            long t0 = System.nanoTime();
            writer.close();
            write += System.nanoTime() - t0;
        }
        return new Result(documents, near, events, make / 1e9, write / 1e9, size(store.database().getParent(), store.index()),
                size(store.index(), null));
    }

    /** The bytes of the files under {@code root}, leaving out those under {@code except}. */
    static long size(Path root, Path except) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> except == null || !f.startsWith(except))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + root, e);
        }
    }
}
