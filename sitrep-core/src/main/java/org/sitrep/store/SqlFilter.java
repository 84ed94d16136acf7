package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link EventFilter} as a SQL condition with its parameters: user values are always bound, never
 * written into the statement. Reads events as {@code e} and their documents as {@code d}.
 *
 * @param sql the condition ({@code TRUE} when the filter keeps everything)
 * @param params the values of its {@code ?}, in order
 */
record SqlFilter(String sql, List<String> params) {

    /** The day an event is placed on: its own, else its document's publication day. */
    static final String DAY = "coalesce(e.day, d.published_day)";

    SqlFilter {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    static SqlFilter of(EventFilter f) {
        List<String> conditions = new ArrayList<>();
        List<String> params = new ArrayList<>();
        if (f.actor() != null) {
            conditions.add("(list_contains(e.actor_codes, ?) OR list_contains(e.actor_countries, ?) "
                    + "OR list_contains(e.recipient_codes, ?) OR list_contains(e.recipient_countries, ?))");
            params.addAll(List.of(f.actor(), f.actor(), f.actor(), f.actor()));
        }
        if (f.recipient() != null) {
            conditions.add("(list_contains(e.recipient_codes, ?) OR list_contains(e.recipient_countries, ?))");
            params.addAll(List.of(f.recipient(), f.recipient()));
        }
        if (f.type() != null) {
            conditions.add("e.type = ?");
            params.add(f.type());
        }
        if (f.factuality() != null) {
            conditions.add("e.factuality = ?");
            params.add(f.factuality());
        }
        if (f.from() != null) {
            conditions.add(DAY + " >= CAST(? AS DATE)");
            params.add(f.from().toString());
        }
        if (f.to() != null) {
            conditions.add(DAY + " <= CAST(? AS DATE)");
            params.add(f.to().toString());
        }
        if (f.sourceUrl() != null) {
            conditions.add("d.source LIKE ? ESCAPE '\\'");
            params.add(likePattern(f.sourceUrl()));
        }
        return new SqlFilter(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params);
    }

    /**
     * The same filter over {@code event_index} read as {@code x}: sides through {@code event_parties}, the day
     * and source from the index row. Keeps exactly the events {@link #of} keeps.
     */
    static SqlFilter indexed(EventFilter f) {
        List<String> conditions = new ArrayList<>();
        List<String> params = new ArrayList<>();
        if (f.actor() != null) {
            conditions.add("x.seq IN (SELECT seq FROM event_parties WHERE code = ?)");
            params.add(f.actor());
        }
        if (f.recipient() != null) {
            conditions.add("x.seq IN (SELECT seq FROM event_parties WHERE code = ? AND recipient)");
            params.add(f.recipient());
        }
        if (f.type() != null) {
            conditions.add("x.type = ?");
            params.add(f.type());
        }
        if (f.factuality() != null) {
            conditions.add("x.factuality = ?");
            params.add(f.factuality());
        }
        if (f.from() != null) {
            conditions.add("x.sort_day >= CAST(? AS DATE)");
            params.add(f.from().toString());
        }
        if (f.to() != null) {
            conditions.add("x.sort_day <= CAST(? AS DATE)");
            params.add(f.to().toString());
        }
        if (f.sourceUrl() != null) {
            conditions.add("x.source LIKE ? ESCAPE '\\'");
            params.add(likePattern(f.sourceUrl()));
        }
        return new SqlFilter(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params);
    }

    /** {@code *} is the wildcard; without one the pattern matches anywhere in the source. */
    static String likePattern(String pattern) {
        String escaped = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('*', '%');
        return pattern.contains("*") ? escaped : "%" + escaped + "%";
    }

    /** Binds the parameters from position {@code first} on; returns the next free position. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int i = first;
        for (String p : params) {
            statement.setString(i++, p);
        }
        return i;
    }
}
