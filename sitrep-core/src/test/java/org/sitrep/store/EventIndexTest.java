package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side tables agree with the rows they are derived from, batch after batch. */
class EventIndexTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void indexedFilterKeepsTheSameEventsAsTheListColumns() throws SQLException {
        fill();
        List<EventFilter> filters = List.of(EventFilter.ALL, EventFilter.ALL.withActor("PAK"),
                EventFilter.ALL.withActor("AFG"), EventFilter.ALL.withActor("NOPE"),
                new EventFilter(null, "AFG", null, null, null, null, null),
                new EventFilter("PAK", "AFG", "ACCUSE", null, null, null, null),
                new EventFilter(null, null, null, null, LocalDate.parse("2024-11-01"), LocalDate.parse("2024-11-30"),
                        null),
                new EventFilter(null, null, null, null, null, null, "south.example"));
        try (Connection c = Database.open(new StoreDirectory(dir).database(), true, Duration.ofSeconds(5))) {
            for (EventFilter filter : filters) {
                SqlFilter old = SqlFilter.of(filter);
                SqlFilter indexed = SqlFilter.indexed(filter);
                assertEquals(keys(c, "SELECT e.doc_id, e.event_id FROM events e JOIN documents d"
                        + " ON d.doc_id = e.doc_id WHERE " + old.sql(), old),
                        keys(c, "SELECT x.doc_id, x.event_id FROM event_index x WHERE " + indexed.sql(), indexed),
                        filter.toString());
            }
        }
    }

    @Test
    void clustersHoldTheCountsOfCountedEvents() throws SQLException {
        fill();
        String recount = "SELECT ce.event_key || ' ' || count(*) || ' ' || count(DISTINCT ce.doc_id) || ' '"
                + " || count(DISTINCT coalesce(cd.publisher, cd.source)) FROM counted_events ce"
                + " JOIN documents cd ON cd.doc_id = ce.doc_id GROUP BY ce.event_key ORDER BY 1";
        String stored = "SELECT event_key || ' ' || mentions || ' ' || articles || ' ' || sources FROM clusters"
                + " ORDER BY 1";
        SqlFilter none = SqlFilter.of(EventFilter.ALL);
        try (Connection c = Database.open(new StoreDirectory(dir).database(), true, Duration.ofSeconds(5))) {
            List<String> expected = keys(c, recount, none);
            assertTrue(expected.size() > 1, "the fixture has clusters");
            assertEquals(expected, keys(c, stored, none));
        }
    }

    private void fill() {
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), 1, CLOCK)) {
            Articles.addThreeReports(writer);
        }
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), 1, CLOCK)) {
            Articles.add(writer, Articles.meeting("d4", "2024-11-20", List.of("CHN", "IRN", "PAK"), Articles.DROUGHT
                    + " A second paragraph about grain prices follows here."));
        }
    }

    private static List<String> keys(Connection c, String sql, SqlFilter f) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql + (sql.contains("ORDER BY") ? "" : " ORDER BY 1, 2"))) {
            f.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getMetaData().getColumnCount() == 1 ? rs.getString(1)
                            : rs.getString(1) + "/" + rs.getString(2));
                }
            }
        }
        return keys;
    }
}
