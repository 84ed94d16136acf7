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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.export.Table;
import org.sitrep.export.TableRows;

/**
 * Exports of the store: Parquet files written by DuckDB itself, and the stored records. The filter picks
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
