package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.sitrep.export.ActorRow;
import org.sitrep.export.DocumentRow;
import org.sitrep.export.EventRow;
import org.sitrep.export.TableRows;
import org.sitrep.pipeline.Problem;

/**
 * The one writer of a store. It takes the store's lock, puts the text index in step with the tables
 * (a crash between the two commits of a batch leaves rows without entries), and then writes documents in
 * batches: each batch is one DuckDB transaction (documents with every row, their records, their SimHash and
 * the log lines), then one Lucene commit. Between batches it holds no DuckDB connection, so readers can open
 * the file. A document already stored (same id) is never written again.
 *
 * <pre>{@code
 * try (StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), 32, Clock.systemUTC())) {
 *     if (!writer.contains(id)) writer.add(TableRows.of(analysis), json.line(analysis), source);
 * }
 * }</pre>
 *
 * Not thread-safe: one thread feeds it.
 */
public final class StoreWriter implements AutoCloseable {

    /** How long a batch waits for readers to let go of the DuckDB file (a long export holds it). */
    static final Duration WRITE_PATIENCE = Duration.ofMinutes(10);

    private final StoreDirectory store;
    private final StoreLock lock;
    private final TextIndex index;
    private final int batchSize;
    private final Clock clock;
    private final Set<String> known;
    private final NearDuplicates near;
    private final List<PendingDocument> pending = new ArrayList<>();
    private final List<LogEntry> log = new ArrayList<>();

    private StoreWriter(StoreDirectory store, StoreLock lock, TextIndex index, int batchSize, Clock clock,
                        Set<String> known, NearDuplicates near) {
        this.store = store;
        this.lock = lock;
        this.index = index;
        this.batchSize = batchSize;
        this.clock = clock;
        this.known = known;
        this.near = near;
    }

    /**
     * Opens a store for writing, creating it when missing.
     *
     * @param batchSize documents per transaction, at least 1
     * @throws StoreException when another process writes it, or it cannot be created or read
     */
    public static StoreWriter open(StoreDirectory store, int batchSize, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        StoreLock lock = StoreLock.acquire(store);
        TextIndex index = null;
        try {
            Set<String> known = new HashSet<>();
            NearDuplicates near = new NearDuplicates();
            try (Connection c = Database.open(store.database(), false, WRITE_PATIENCE)) {
                Schema.create(c);
                inOneTransaction(c, EventIndex::catchUp);
                readKnown(c, known, near);
                index = TextIndex.open(store.index());
                reconcile(c, index, known);
            }
            return new StoreWriter(store, lock, index, batchSize, clock, known, near);
        } catch (SQLException | RuntimeException e) {
            if (index != null) {
                index.close();
            }
            lock.close();
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot open store " + store.root() + " for writing: " + e.getMessage(), e);
        }
    }

    private static void readKnown(Connection c, Set<String> known, NearDuplicates near) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc_id, simhash, duplicate_of FROM similarity")) {
            while (rs.next()) {
                known.add(rs.getString(1));
                long hash = rs.getLong(2);
                if (!rs.wasNull() && rs.getString(3) == null) {
                    near.add(rs.getString(1), hash);
                }
            }
        }
    }

    /** Indexes stored documents that the index lacks, and drops entries whose rows are gone. */
    private static void reconcile(Connection c, TextIndex index, Set<String> stored) throws SQLException {
        Set<String> indexed = index.docIds();
        Set<String> missing = new HashSet<>(stored);
        if (index.current()) {
            missing.removeAll(indexed);
        }
        Set<String> orphans = new HashSet<>(indexed);
        orphans.removeAll(stored);
        orphans.forEach(index::delete);
        for (String docId : missing) {
            index.put(document(c, docId), actors(c, docId), eventTypes(c, docId));
        }
        index.markCurrent();
        index.commit();
    }

    private static DocumentRow document(Connection c, String docId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM documents WHERE doc_id = ?")) {
            s.setString(1, docId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("store " + c + " lists " + docId + " without its document row");
                }
                return RowReader.document(rs);
            }
        }
    }

    private static List<ActorRow> actors(Connection c, String docId) throws SQLException {
        List<ActorRow> actors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM actors WHERE doc_id = ?")) {
            s.setString(1, docId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actors.add(RowReader.actor(rs));
                }
            }
        }
        return actors;
    }

    private static List<String> eventTypes(Connection c, String docId) throws SQLException {
        List<String> types = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT type FROM events WHERE doc_id = ?")) {
            s.setString(1, docId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        return types;
    }

    /** True when a document with this id is stored or waits in the batch. */
    public boolean contains(String docId) {
        return known.contains(Objects.requireNonNull(docId, "docId"));
    }

    /** How many documents are stored or waiting. */
    public int size() {
        return known.size();
    }

    /**
     * Queues one analysed document; writes the batch when it is full.
     *
     * @return the id of the stored document this one nearly repeats, or null when it is an original
     * @throws IllegalArgumentException when the document is already stored
     */
    public String add(TableRows rows, String recordJson, String source) {
        String docId = rows.document().docId();
        if (!known.add(docId)) {
            throw new IllegalArgumentException("document " + docId + " (" + source + ") is already stored");
        }
        OptionalLong hash = SimHash.of(rows.document().text());
        NearDuplicates.Match match = hash.isPresent() ? near.closest(hash.getAsLong()) : null;
        if (hash.isPresent() && match == null) {
            near.add(docId, hash.getAsLong());
        }
        pending.add(new PendingDocument(rows, recordJson, hash.isPresent() ? hash.getAsLong() : null,
                match == null ? null : match.docId(), match == null ? null : match.distance()));
        log.add(new LogEntry(clock.instant(), source, docId, IngestStatus.OK, null, null));
        if (pending.size() >= batchSize) {
            flush();
        }
        return match == null ? null : match.docId();
    }

    /** Logs an input that is already stored. */
    public void duplicate(String source, String docId) {
        note(new LogEntry(clock.instant(), source, docId, IngestStatus.DUPLICATE, null, null));
    }

    /** Logs an input that failed; {@code docId} is null when the input could not even be read. */
    public void failed(String source, String docId, Problem problem) {
        note(new LogEntry(clock.instant(), source, docId, IngestStatus.FAILED, problem.kind(), problem.message()));
    }

    private void note(LogEntry entry) {
        log.add(entry);
        if (log.size() >= Math.max(batchSize, 256)) {
            flush();
        }
    }

    /** Writes the batch: one DuckDB transaction, then one Lucene commit. */
    public void flush() {
        if (pending.isEmpty() && log.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = Database.open(store.database(), false, WRITE_PATIENCE)) {
            inOneTransaction(c, connection -> {
                BatchAppender.append(connection, pending, log, now);
                EventIndex.catchUp(connection);
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write to store " + store.root() + ": " + Database.firstLine(e), e);
        }
        for (PendingDocument d : pending) {
            index.put(d.rows().document(), d.rows().actors(),
                    d.rows().events().stream().map(EventRow::type).toList());
        }
        index.commit();
        pending.clear();
        log.clear();
    }

    /** Work on a connection that may fail with SQL's exception. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed or none. An explicit {@code BEGIN}, not
     * {@code setAutoCommit(false)}: on a fresh DuckDB connection the latter starts no transaction, and each
     * appender then commits on its own, so a kill could keep part of a batch.
     */
    static void inOneTransaction(Connection c, SqlWork work) throws SQLException {
        try (Statement transaction = c.createStatement()) {
            transaction.execute("BEGIN TRANSACTION");
            try {
                work.run(c);
                transaction.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                transaction.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** Writes what is left, closes the index and releases the lock. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            try {
                index.close();
            } finally {
                lock.close();
            }
        }
    }
}
