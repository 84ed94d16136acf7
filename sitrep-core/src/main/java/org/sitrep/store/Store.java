package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.sitrep.export.EventReport;
import org.sitrep.export.EventRow;

/**
 * Reads a store: full-text search, event listings, actors, timelines, networks, facets, statistics, single
 * documents and exports. Each call opens the DuckDB file read-only and closes it before returning (waiting
 * briefly while a writer's batch holds it), so that an ingest can go on while a user reads; the text index is
 * read through searchers refreshed after each writer commit. Thread-safe.
 *
 * <pre>{@code
 * try (Store store = Store.openReadOnly(Path.of("sitrep-data"))) {
 *     SearchPage page = store.search(SearchQuery.of("\"border closure\" actor:PAK", 10));
 *     List<EventHit> events = store.events(new EventQuery(EventFilter.ALL.withActor("PAK"), Page.first(50)));
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

    /** How long a query waits for a writer's batch to let go of the DuckDB file. */
    static final Duration READ_PATIENCE = Duration.ofSeconds(20);
    /** Ingest failures listed by {@link #stats()}. */
    static final int LATEST_FAILURES = 20;

    private final StoreDirectory store;
    private final TextSearch text;

    private Store(StoreDirectory store) {
        this.store = store;
        this.text = new TextSearch(store.index());
    }

    /**
     * Opens a store for reading.
     *
     * @throws StoreException when {@code dir} holds no store
     */
    public static Store openReadOnly(Path dir) {
        StoreDirectory store = new StoreDirectory(Objects.requireNonNull(dir, "dir"));
        if (!store.database().toFile().isFile()) {
            throw new StoreException("no store at " + dir + " (run sitrep ingest first, or give --store)");
        }
        return new Store(store);
    }

    /** The store's directory. */
    public StoreDirectory directory() {
        return store;
    }

    /**
     * Full-text search.
     *
     * @throws QuerySyntaxException when the query is not valid Lucene syntax
     */
    public SearchPage search(SearchQuery query) {
        return text.search(Objects.requireNonNull(query, "query"));
    }

    /**
     * How the documents a search finds spread over actor codes, event types and months: counts among all
     * hits, not just one page; actors and types the {@code limit} most frequent, months all.
     */
    public SearchFacets searchFacets(SearchQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return text.facets(Objects.requireNonNull(query, "query"), limit);
    }

    /** Events the filter keeps, newest first, with their report counts. */
    public List<EventHit> events(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return read(c -> EventQueries.events(c, query));
    }

    /** How many events the filter keeps (for paging). */
    public long countEvents(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read(c -> EventQueries.count(c, filter));
    }

    /** One document with its whole record, or empty when no document has this id. */
    public Optional<StoredDocument> document(String docId) {
        Objects.requireNonNull(docId, "docId");
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT d.doc_id, d.title, d.source, d.publisher,"
                    + " d.published, s.duplicate_of, r.record FROM documents d JOIN records r ON r.doc_id = d.doc_id"
                    + " JOIN similarity s ON s.doc_id = d.doc_id WHERE d.doc_id = ?")) {
                s.setString(1, docId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    DocumentRef ref = new DocumentRef(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6));
                    return Optional.of(new StoredDocument(ref, rs.getString(7)));
                }
            }
        });
    }

    /** Coded actors with their documents, events and most frequent partners, most active first. */
    public List<ActorSummary> actors(EventFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        Page.first(limit);
        return read(c -> ActorQueries.actors(c, filter, limit));
    }

    /** Events by month, cooperation and conflict apart, for one actor code (null: every actor). */
    public List<MonthCount> timeline(String actorCode, EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        EventFilter f = actorCode == null ? filter : filter.withActor(actorCode);
        return read(c -> EventQueries.timeline(c, f));
    }

    /** Edges between actor codes with cooperation and conflict counts, the busiest {@code limit} first. */
    public List<Edge> network(EventFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        Page.first(limit);
        return read(c -> EventQueries.network(c, filter, limit));
    }

    /** How the filtered events spread over types, factualities, actors and months ({@code limit} per list). */
    public Facets facets(EventFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        Page.first(limit);
        return read(c -> EventQueries.facets(c, filter, limit));
    }

    /** Totals, events by month, type and pair, and ingest failures. */
    public StoreStats stats() {
        return read(c -> StoreStatistics.of(c, LATEST_FAILURES));
    }

    /**
     * Writes the tables as Parquet files into {@code folder} (one per table): the documents with an event the
     * filter keeps (every document for {@link EventFilter#ALL}), their actors, mentions and quotes, and the
     * events it keeps.
     *
     * @return rows written per table
     */
    public Map<String, Long> exportParquet(Path folder, EventFilter filter) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(filter, "filter");
        return read(c -> Exports.parquet(c, folder, filter));
    }

    /** Hands every record of a document with an event the filter keeps (all for ALL) to {@code sink}. */
    public long records(EventFilter filter, Consumer<String> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        return read(c -> Exports.records(c, filter, sink));
    }

    /**
     * Hands every event the filter keeps to {@code sink}, in document order, with what the PLOVER and GDELT
     * writers need: its document's address and day, its cluster's report counts and its document's actors.
     *
     * @return how many events were handed over
     */
    public long eventReports(EventFilter filter, BiConsumer<EventRow, EventReport> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        return read(c -> Exports.reports(c, filter, sink));
    }

    private <T> T read(Query<T> query) {
        try (Connection c = Database.open(store.database(), true, READ_PATIENCE)) {
            return query.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read store " + store.root() + ": " + Database.firstLine(e), e);
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public void close() {
        text.close();
    }
}
