package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The event queries of the store in SQL: listings with their report counts, timelines, networks and
 * facets. Counts read {@code counted_events}, so near-duplicate documents are not counted twice.
 */
final class EventQueries {

    private static final String FROM = " FROM events e JOIN documents d ON d.doc_id = e.doc_id"
            + " JOIN similarity s ON s.doc_id = e.doc_id ";
    private static final String FROM_COUNTED = " FROM counted_events e JOIN documents d ON d.doc_id = e.doc_id ";

    private EventQueries() {
    }

    static String inList(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * The page of events, newest first, each with how many mentions, articles and sources report it: the
     * counts are read from {@code clusters} for the page's keys, not recounted over every event.
     */
    static List<EventHit> events(Connection c, EventQuery q) throws SQLException {
        SqlFilter f = SqlFilter.of(q.filter());
        String sql = "WITH page AS MATERIALIZED (SELECT e.*, " + SqlFilter.DAY + " AS sort_day, d.title AS doc_title,"
                + " d.source AS doc_source, d.publisher AS doc_publisher, d.published AS doc_published,"
                + " s.duplicate_of AS doc_duplicate_of" + FROM + "WHERE " + f.sql()
                + " ORDER BY sort_day DESC NULLS LAST, e.doc_id, e.event_id LIMIT ? OFFSET ?)"
                + " SELECT page.*, coalesce(k.mentions, 0) AS mentions, coalesce(k.articles, 0) AS articles,"
                + " coalesce(k.sources, 0) AS sources FROM page LEFT JOIN clusters k ON k.event_key = page.event_key"
                + " ORDER BY sort_day DESC NULLS LAST, page.doc_id, page.event_id";
        List<EventHit> hits = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int next = f.bind(s, 1);
            s.setInt(next, q.page().limit());
            s.setInt(next + 1, q.page().offset());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    DocumentRef doc = new DocumentRef(rs.getString("doc_id"), rs.getString("doc_title"),
                            rs.getString("doc_source"), rs.getString("doc_publisher"), rs.getString("doc_published"),
                            rs.getString("doc_duplicate_of"));
                    hits.add(new EventHit(RowReader.event(rs), doc, rs.getInt("mentions"), rs.getInt("articles"),
                            rs.getInt("sources")));
                }
            }
        }
        return hits;
    }

    /** How many event rows the filter keeps, near-duplicates included (as the listing shows them). */
    static long count(Connection c, EventFilter filter) throws SQLException {
        SqlFilter f = SqlFilter.indexed(filter);
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM event_index x WHERE " + f.sql())) {
            f.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Events by month, cooperation and conflict apart. */
    static List<MonthCount> timeline(Connection c, EventFilter filter) throws SQLException {
        SqlFilter f = SqlFilter.indexed(filter);
        String sql = "SELECT strftime(x.sort_day, '%Y-%m') AS month,"
                + " count(*) FILTER (WHERE x.type IN " + inList(EventFilter.COOPERATION) + ") AS cooperation,"
                + " count(*) FILTER (WHERE x.type IN " + inList(EventFilter.CONFLICT) + ") AS conflict"
                + " FROM event_index x WHERE x.counted AND x.sort_day IS NOT NULL AND " + f.sql()
                + " GROUP BY month ORDER BY month";
        List<MonthCount> months = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            f.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    months.add(new MonthCount(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return months;
    }

    /**
     * A CTE {@code edges(doc_id, event_id, type, source, target)}: every coded actor to every coded recipient,
     * and for joint acts (no recipients) every pair of coded parties once.
     */
    static String edges(SqlFilter f) {
        return "ev AS (SELECT e.doc_id, e.event_id, e.type, e.actor_codes, e.recipient_codes" + FROM_COUNTED
                + "WHERE " + f.sql() + "),"
                + " a AS (SELECT doc_id, event_id, type, unnest(actor_codes) AS code, len(recipient_codes) AS nrec FROM ev),"
                + " r AS (SELECT doc_id, event_id, unnest(recipient_codes) AS code FROM ev),"
                + " all_edges AS (SELECT a.doc_id, a.event_id, a.type, a.code AS source, r.code AS target FROM a"
                + " JOIN r ON a.doc_id = r.doc_id AND a.event_id = r.event_id"
                + " UNION ALL SELECT a1.doc_id, a1.event_id, a1.type, a1.code, a2.code FROM a a1 JOIN a a2"
                + " ON a1.doc_id = a2.doc_id AND a1.event_id = a2.event_id AND a1.code < a2.code WHERE a1.nrec = 0),"
                + " edges AS (SELECT * FROM all_edges WHERE source <> '' AND target <> '' AND source <> target)";
    }

    /** {@link #edges} over the side tables: the same edges, found through {@code event_parties}. */
    static String indexedEdges(SqlFilter f) {
        return "ev AS (SELECT x.seq, x.type, x.recipients FROM event_index x WHERE x.counted AND " + f.sql() + "),"
                + " a AS (SELECT p.seq, ev.type, p.code, ev.recipients AS nrec FROM event_parties p"
                + " JOIN ev ON ev.seq = p.seq WHERE NOT p.recipient AND NOT p.country),"
                + " r AS (SELECT p.seq, p.code FROM event_parties p JOIN ev ON ev.seq = p.seq"
                + " WHERE p.recipient AND NOT p.country),"
                + " all_edges AS (SELECT a.type, a.code AS source, r.code AS target FROM a JOIN r ON a.seq = r.seq"
                + " UNION ALL SELECT a1.type, a1.code, a2.code FROM a a1 JOIN a a2"
                + " ON a1.seq = a2.seq AND a1.code < a2.code WHERE a1.nrec = 0),"
                + " edges AS (SELECT * FROM all_edges WHERE source <> '' AND target <> '' AND source <> target)";
    }

    /** The actor network: one edge per ordered pair of codes, most events first. */
    static List<Edge> network(Connection c, EventFilter filter, int limit) throws SQLException {
        SqlFilter f = SqlFilter.indexed(filter);
        String sql = "WITH " + indexedEdges(f) + " SELECT source, target,"
                + " count(*) FILTER (WHERE type IN " + inList(EventFilter.COOPERATION) + ") AS cooperation,"
                + " count(*) FILTER (WHERE type IN " + inList(EventFilter.CONFLICT) + ") AS conflict"
                + " FROM edges GROUP BY source, target ORDER BY count(*) DESC, source, target LIMIT ?";
        List<Edge> edges = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(f.bind(s, 1), limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    edges.add(new Edge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return edges;
    }

    /** Counts of one grouping expression over the filtered events, most frequent first. */
    static List<Count> counts(Connection c, EventFilter filter, String expression, String order, int limit)
            throws SQLException {
        SqlFilter f = SqlFilter.of(filter);
        String sql = "SELECT value, count(*) AS n FROM (SELECT " + expression + " AS value" + FROM_COUNTED
                + "WHERE " + f.sql() + ") WHERE value IS NOT NULL AND value <> '' GROUP BY value ORDER BY "
                + order + " LIMIT ?";
        return counted(c, sql, f, limit);
    }

    /** Events by actor pair ({@code PAK -> AFG}), most frequent first. */
    static List<Count> pairs(Connection c, EventFilter filter, int limit) throws SQLException {
        SqlFilter f = SqlFilter.indexed(filter);
        String sql = "WITH " + indexedEdges(f) + " SELECT source || ' -> ' || target AS value, count(*) AS n FROM edges"
                + " GROUP BY value ORDER BY n DESC, value LIMIT ?";
        return counted(c, sql, f, limit);
    }

    private static List<Count> counted(Connection c, String sql, SqlFilter f, int limit) throws SQLException {
        List<Count> counts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(f.bind(s, 1), limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.add(new Count(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return counts;
    }

    /** Types, factualities, actor codes (either side) and months of the filtered events. */
    static Facets facets(Connection c, EventFilter filter, int limit) throws SQLException {
        return new Facets(counts(c, filter, "e.type", "n DESC, value", limit),
                counts(c, filter, "e.factuality", "n DESC, value", limit),
                counts(c, filter, "unnest(list_distinct(list_concat(e.actor_codes, e.recipient_codes)))",
                        "n DESC, value", limit),
                counts(c, filter, "strftime(" + SqlFilter.DAY + ", '%Y-%m')", "value", Page.MAX_LIMIT));
    }
}
