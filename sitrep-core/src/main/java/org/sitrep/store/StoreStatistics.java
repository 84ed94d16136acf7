package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The figures of {@link Store#stats()}. */
final class StoreStatistics {

    private static final int TOP = 20;

    private StoreStatistics() {
    }

    static StoreStats of(Connection c, int latestFailures) throws SQLException {
        long documents = single(c, "SELECT count(*) FROM documents");
        long near = single(c, "SELECT count(*) FROM similarity WHERE duplicate_of IS NOT NULL");
        long events = single(c, "SELECT count(*) FROM events");
        EventFilter all = EventFilter.ALL;
        return new StoreStats(documents, near, events,
                EventQueries.counts(c, all, "strftime(" + SqlFilter.DAY + ", '%Y-%m')", "value", Page.MAX_LIMIT),
                EventQueries.counts(c, all, "e.type", "n DESC, value", TOP),
                EventQueries.pairs(c, all, TOP),
                failuresByKind(c), latestFailures(c, latestFailures));
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inputs that failed, by problem kind; an input that failed in several runs counts once. */
    private static List<Count> failuresByKind(Connection c) throws SQLException {
        List<Count> kinds = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT problem_kind,"
                + " count(DISTINCT source) AS n FROM ingest_log WHERE status = 'failed'"
                + " GROUP BY problem_kind ORDER BY n DESC, problem_kind")) {
            while (rs.next()) {
                kinds.add(new Count(rs.getString(1), rs.getLong(2)));
            }
        }
        return kinds;
    }

    private static List<LogEntry> latestFailures(Connection c, int limit) throws SQLException {
        List<LogEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT time, source, doc_id, problem_kind, message"
                + " FROM ingest_log WHERE status = 'failed' ORDER BY time DESC, source LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp time = rs.getTimestamp(1);
                    entries.add(new LogEntry(time.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(2),
                            rs.getString(3), IngestStatus.FAILED, rs.getString(4), rs.getString(5)));
                }
            }
        }
        return entries;
    }
}
