package org.sitrep.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The actor listing: coded actors with their documents, events and most frequent partners. */
final class ActorQueries {

    /** Partners listed per actor. */
    static final int PARTNERS = 5;

    private ActorQueries() {
    }

    /**
     * Actors by events (either side) then documents; with a filter, only actors with an event it keeps.
     * Near-duplicate documents are not counted.
     */
    static List<ActorSummary> actors(Connection c, EventFilter filter, int limit) throws SQLException {
        SqlFilter f = SqlFilter.of(filter);
        String sql = "WITH " + EventQueries.edges(f) + ","
                + " named AS (SELECT ac.code, mode(ac.name) AS name, count(DISTINCT ac.doc_id) AS documents"
                + " FROM actors ac JOIN similarity s ON s.doc_id = ac.doc_id"
                + " WHERE s.duplicate_of IS NULL AND ac.code IS NOT NULL AND ac.code <> '' GROUP BY ac.code),"
                + " sides AS (SELECT DISTINCT doc_id, event_id, code FROM (SELECT doc_id, event_id,"
                + " unnest(list_concat(actor_codes, recipient_codes)) AS code FROM ev) WHERE code <> ''),"
                + " acts AS (SELECT code, count(*) AS events FROM sides GROUP BY code),"
                + " both_ways AS (SELECT source AS code, target AS partner FROM edges"
                + " UNION ALL SELECT target, source FROM edges),"
                + " ranked AS (SELECT code, partner, count(*) AS n, row_number() OVER (PARTITION BY code"
                + " ORDER BY count(*) DESC, partner) AS rank FROM both_ways GROUP BY code, partner),"
                + " top AS (SELECT code, list(partner ORDER BY rank) AS partners, list(n ORDER BY rank) AS ns"
                + " FROM ranked WHERE rank <= " + PARTNERS + " GROUP BY code)"
                + " SELECT coalesce(named.code, acts.code) AS code, coalesce(named.name, acts.code) AS name,"
                + " coalesce(named.documents, 0) AS documents, coalesce(acts.events, 0) AS events,"
                + " top.partners, top.ns FROM named FULL OUTER JOIN acts ON acts.code = named.code"
                + " LEFT JOIN top ON top.code = coalesce(named.code, acts.code)"
                + " WHERE ? OR acts.events > 0 ORDER BY events DESC, documents DESC, code LIMIT ?";
        List<ActorSummary> actors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int next = f.bind(s, 1);
            s.setBoolean(next, filter.equals(EventFilter.ALL));
            s.setInt(next + 1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actors.add(new ActorSummary(rs.getString("code"), rs.getString("name"), rs.getLong("documents"),
                            rs.getLong("events"), partners(rs.getArray("partners"), rs.getArray("ns"))));
                }
            }
        }
        return actors;
    }

    private static List<Count> partners(Array codes, Array counts) throws SQLException {
        if (codes == null || counts == null) {
            return List.of();
        }
        Object[] c = (Object[]) codes.getArray();
        Object[] n = (Object[]) counts.getArray();
        List<Count> partners = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            partners.add(new Count(c[i].toString(), ((Number) n[i]).longValue()));
        }
        return partners;
    }
}
