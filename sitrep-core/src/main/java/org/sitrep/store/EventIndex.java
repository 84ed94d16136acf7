package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Side tables that make the event pages fast on a large store, derived from {@code events}, {@code documents}
 * and {@code similarity} and written in the batch's own transaction (so a batch lands with its index or not at
 * all):
 * <ul>
 *   <li>{@code event_index}: one narrow row per event with a sequence number, its placing day, whether it is
 *       counted (not from a near-duplicate), its outlet and its document's address, title and link; filters and sorts read it instead of the
 *       wide {@code events} rows joined to {@code documents};</li>
 *   <li>{@code event_parties}: one row per code or country on either side of an event, so an actor filter is
 *       an integer semi-join rather than four list scans of every event;</li>
 *   <li>{@code clusters}: the report counts (mentions, articles, sources) of each event key, recomputed for
 *       the keys a batch touches.</li>
 * </ul>
 * A store written before
 * these tables existed is brought up to date when a writer opens it.
 */
final class EventIndex {

    static final String INDEX = "CREATE TABLE IF NOT EXISTS event_index (seq BIGINT, doc_id VARCHAR, "
            + "event_id VARCHAR, event_key VARCHAR, type VARCHAR, factuality VARCHAR, sort_day DATE, "
            + "counted BOOLEAN, outlet VARCHAR, source VARCHAR, recipients INTEGER, title VARCHAR, publisher VARCHAR, "
            + "published VARCHAR, duplicate_of VARCHAR)";
    static final String PARTIES = "CREATE TABLE IF NOT EXISTS event_parties (seq BIGINT, code VARCHAR, "
            + "recipient BOOLEAN, country BOOLEAN)";
    static final String CLUSTERS = "CREATE TABLE IF NOT EXISTS clusters (event_key VARCHAR, mentions BIGINT, "
            + "articles BIGINT, sources BIGINT)";

    /** Documents whose events are not indexed yet (a document without events stays here, costing nothing). */
    private static final String FRESH = "(SELECT doc_id FROM documents EXCEPT SELECT doc_id FROM event_index)";

    private EventIndex() {
    }

    /** The statements that create the side tables, each safe to run on an existing store. */
    static List<String> statements() {
        return List.of(INDEX, PARTIES, CLUSTERS);
    }

    /**
     * Indexes the events of every document not indexed yet and recomputes the clusters of their keys. Runs in
     * the caller's transaction, after the batch's rows are appended; on an old store it indexes everything.
     */
    static void catchUp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE fresh_events AS SELECT e.doc_id, e.event_id, e.event_key,"
                    + " e.type, e.factuality, coalesce(e.day, d.published_day) AS sort_day,"
                    + " s.duplicate_of IS NULL AS counted, coalesce(d.publisher, d.source) AS outlet, d.source, d.title,"
                    + " d.publisher, d.published, s.duplicate_of,"
                    + " coalesce(len(e.recipient_codes), 0) AS recipients, e.actor_codes, e.actor_countries, e.recipient_codes,"
                    + " e.recipient_countries FROM events e JOIN documents d ON d.doc_id = e.doc_id"
                    + " JOIN similarity s ON s.doc_id = e.doc_id WHERE e.doc_id IN " + FRESH);
            s.execute("CREATE OR REPLACE TEMP TABLE fresh_seq AS SELECT doc_id, event_id,"
                    + " (SELECT coalesce(max(seq), 0) FROM event_index)"
                    + " + row_number() OVER (ORDER BY doc_id, event_id) AS seq FROM fresh_events");
            s.execute("INSERT INTO event_index BY NAME SELECT q.seq, f.doc_id, f.event_id, f.event_key, f.type,"
                    + " f.factuality, f.sort_day, f.counted, f.outlet, f.source, f.recipients, f.title, f.publisher,"
                    + " f.published, f.duplicate_of FROM fresh_events f"
                    + " JOIN fresh_seq q ON q.doc_id = f.doc_id AND q.event_id = f.event_id");
            s.execute("INSERT INTO event_parties (seq, code, recipient, country)"
                    + " SELECT seq, code, recipient, country FROM ("
                    + parties("actor_codes", false, false) + " UNION ALL " + parties("actor_countries", false, true)
                    + " UNION ALL " + parties("recipient_codes", true, false)
                    + " UNION ALL " + parties("recipient_countries", true, true) + ") WHERE code IS NOT NULL");
            s.execute("DELETE FROM clusters WHERE event_key IN (SELECT event_key FROM fresh_events)");
            s.execute("INSERT INTO clusters BY NAME SELECT event_key, count(*) AS mentions,"
                    + " count(DISTINCT doc_id) AS articles, count(DISTINCT outlet) AS sources FROM event_index WHERE counted"
                    + " AND event_key IN (SELECT event_key FROM fresh_events) GROUP BY event_key");
            s.execute("DROP TABLE fresh_seq");
            s.execute("DROP TABLE fresh_events");
        }
    }

    private static String parties(String column, boolean recipient, boolean country) {
        return "SELECT q.seq AS seq, u.code AS code, " + recipient + " AS recipient, " + country + " AS country"
                + " FROM fresh_events f JOIN fresh_seq q ON q.doc_id = f.doc_id AND q.event_id = f.event_id,"
                + " unnest(f." + column + ") AS u(code)";
    }
}
