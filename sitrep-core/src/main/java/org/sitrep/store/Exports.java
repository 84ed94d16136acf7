package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.sitrep.export.ActorRow;
import org.sitrep.export.EventReport;
import org.sitrep.export.EventRow;
import org.sitrep.export.Table;
import org.sitrep.export.TableRows;

/**
 * Exports of the store: Parquet files written by DuckDB itself, the stored records, and events with their
 * reports for the PLOVER and GDELT writers. The filter picks
 * events; documents go with the events they hold. The selection is made once into temporary tables (allowed
 * on a read-only database), with the filter's values bound.
 */
final class Exports {

    private Exports() {
    }

    static Map<String, Long> parquet(Connection c, Path folder, EventFilter filter) throws SQLException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        select(c, filter);
        Map<String, Long> written = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Table table : TableRows.TABLES) {
                String rows = "events".equals(table.name())
                        ? "SELECT " + Schema.columnList(table, "e") + " FROM events e JOIN picked_events p"
                                + " ON p.doc_id = e.doc_id AND p.event_id = e.event_id"
                        : "SELECT " + Schema.columnList(table, "t") + " FROM " + table.name() + " t"
                                + " WHERE t.doc_id IN (SELECT doc_id FROM picked_docs)";
                Path file = folder.resolve(table.name() + ".parquet").toAbsolutePath();
                // COPY takes no parameters: the path is ours, quoted as a SQL string literal.
                s.execute("COPY (" + rows + ") TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + rows + ")")) {
                    rs.next();
                    written.put(table.name(), rs.getLong(1));
                }
            }
        }
        return written;
    }

    static long records(Connection c, EventFilter filter, Consumer<String> sink) throws SQLException {
        select(c, filter);
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.record FROM records r"
                + " JOIN documents d ON d.doc_id = r.doc_id WHERE r.doc_id IN (SELECT doc_id FROM picked_docs)"
                + " ORDER BY d.published_day NULLS LAST, d.source")) {
            while (rs.next()) {
                sink.accept(rs.getString(1));
                n++;
            }
        }
        return n;
    }

    /**
     * Hands every event the filter keeps to {@code sink} with its report: its document's address and day, the
     * counts of its cluster (near-duplicates not counted; at least the event itself) and its document's actors.
     * Events come in document order; the actors are read alongside, in the same order, so memory holds one
     * document's actors at a time.
     */
    static long reports(Connection c, EventFilter filter, BiConsumer<EventRow, EventReport> sink) throws SQLException {
        select(c, filter);
        String events = "WITH counts AS (SELECT ce.event_key, count(*) AS mentions, count(DISTINCT ce.doc_id) AS articles,"
                + " count(DISTINCT coalesce(cd.publisher, cd.source)) AS sources FROM counted_events ce"
                + " JOIN documents cd ON cd.doc_id = ce.doc_id GROUP BY ce.event_key)"
                + " SELECT e.*, d.source AS doc_source, d.published_day AS doc_day, coalesce(k.mentions, 0) AS mentions,"
                + " coalesce(k.articles, 0) AS articles, coalesce(k.sources, 0) AS sources FROM events e"
                + " JOIN picked_events p ON p.doc_id = e.doc_id AND p.event_id = e.event_id"
                + " JOIN documents d ON d.doc_id = e.doc_id LEFT JOIN counts k ON k.event_key = e.event_key"
                + " ORDER BY e.doc_id, e.event_id";
        String actors = "SELECT * FROM actors WHERE doc_id IN (SELECT doc_id FROM picked_events) ORDER BY doc_id, actor_id";
        long n = 0;
        try (Statement se = c.createStatement(); Statement sa = c.createStatement();
             ResultSet re = se.executeQuery(events); ResultSet ra = sa.executeQuery(actors)) {
            String docId = null;
            List<ActorRow> docActors = new ArrayList<>();
            ActorRow next = ra.next() ? RowReader.actor(ra) : null;
            while (re.next()) {
                EventRow event = RowReader.event(re);
                if (!event.docId().equals(docId)) {
                    docId = event.docId();
                    docActors = new ArrayList<>();
                    while (next != null && next.docId().compareTo(docId) <= 0) {
                        if (next.docId().equals(docId)) {
                            docActors.add(next);
                        }
                        next = ra.next() ? RowReader.actor(ra) : null;
                    }
                }
                sink.accept(event, new EventReport(re.getString("doc_source"), RowReader.day(re, "doc_day"),
                        Math.max(1, re.getInt("mentions")), Math.max(1, re.getInt("sources")),
                        Math.max(1, re.getInt("articles")), null, docActors));
                n++;
            }
        }
        return n;
    }

    /** Fills {@code picked_events} and {@code picked_docs} for the filter. */
    private static void select(Connection c, EventFilter filter) throws SQLException {
        SqlFilter f = SqlFilter.of(filter);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS picked_events");
            s.execute("DROP TABLE IF EXISTS picked_docs");
        }
        try (PreparedStatement s = c.prepareStatement("CREATE TEMP TABLE picked_events AS SELECT e.doc_id,"
                + " e.event_id FROM events e JOIN documents d ON d.doc_id = e.doc_id WHERE " + f.sql())) {
            f.bind(s, 1);
            s.execute();
        }
        try (Statement s = c.createStatement()) {
            s.execute(filter.equals(EventFilter.ALL)
                    ? "CREATE TEMP TABLE picked_docs AS SELECT doc_id FROM documents"
                    : "CREATE TEMP TABLE picked_docs AS SELECT DISTINCT doc_id FROM picked_events");
        }
    }
}
