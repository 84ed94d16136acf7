package org.sitrep.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.ActorRow;
import org.sitrep.export.DocumentRow;
import org.sitrep.export.EventRow;

/** Reads the shared rows back from a result set, by column name. */
final class RowReader {

    private RowReader() {
    }

    static DocumentRow document(ResultSet rs) throws SQLException {
        return new DocumentRow(rs.getString("doc_id"), rs.getString("source"), rs.getString("format"),
                rs.getString("title"), list(rs, "authors"), rs.getString("published"), day(rs, "published_day"),
                rs.getString("publisher"), list(rs, "tags"), rs.getString("language"), rs.getString("text"),
                list(rs, "problems"));
    }

    static ActorRow actor(ResultSet rs) throws SQLException {
        return new ActorRow(rs.getString("doc_id"), rs.getString("actor_id"), rs.getString("name"),
                rs.getString("code"), rs.getString("country"), rs.getString("sector"), rs.getString("kind"),
                rs.getInt("mention_count"));
    }

    static EventRow event(ResultSet rs) throws SQLException {
        return new EventRow(rs.getString("doc_id"), rs.getString("event_id"), rs.getString("event_key"),
                rs.getString("type"), rs.getString("mode"), list(rs, "contexts"), rs.getString("cameo"),
                list(rs, "actor_ids"), list(rs, "actor_codes"), list(rs, "actor_countries"), list(rs, "actor_names"),
                list(rs, "recipient_ids"), list(rs, "recipient_codes"), list(rs, "recipient_countries"),
                list(rs, "recipient_names"), rs.getString("factuality"), rs.getString("attribution_id"),
                rs.getString("attribution_name"), rs.getString("attribution_code"), rs.getString("attribution_cue"),
                rs.getString("date"), day(rs, "day"), rs.getString("location_name"), rs.getString("location_country"),
                rs.getInt("sentence_start"), rs.getInt("sentence_end"), rs.getString("sentence"),
                integer(rs, "trigger_start"), integer(rs, "trigger_end"), rs.getString("trigger_text"),
                rs.getDouble("confidence"));
    }

    static List<String> list(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(value == null ? "" : value.toString());
        }
        return values;
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
