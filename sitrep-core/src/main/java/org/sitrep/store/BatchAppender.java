package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.export.ActorRow;
import org.sitrep.export.EventRow;
import org.sitrep.export.MentionRow;
import org.sitrep.export.QuoteRow;
import org.sitrep.export.TableRows;

/**
 * Appends one batch of documents and log lines with DuckDB's appender, inside the caller's transaction (the
 * appender writes in its connection's transaction), so a batch lands whole or not at all.
 */
final class BatchAppender {

    private BatchAppender() {
    }

    static void append(Connection connection, List<PendingDocument> documents, List<LogEntry> log,
                       LocalDateTime now) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender docs = duck.createAppender("documents");
             DuckDBAppender actors = duck.createAppender("actors");
             DuckDBAppender mentions = duck.createAppender("mentions");
             DuckDBAppender events = duck.createAppender("events");
             DuckDBAppender quotes = duck.createAppender("quotes");
             DuckDBAppender records = duck.createAppender("records");
             DuckDBAppender similarity = duck.createAppender("similarity")) {
            for (PendingDocument d : documents) {
                TableRows rows = d.rows();
                row(docs, rows.document().values());
                for (ActorRow a : rows.actors()) {
                    row(actors, a.values());
                }
                for (MentionRow m : rows.mentions()) {
                    row(mentions, m.values());
                }
                for (EventRow e : rows.events()) {
                    row(events, e.values());
                }
                for (QuoteRow q : rows.quotes()) {
                    row(quotes, q.values());
                }
                row(records, List.of(d.docId(), d.recordJson()));
                row(similarity, Arrays.asList(d.docId(), d.simhash(), d.duplicateOf(), d.distance(), now));
            }
        }
        try (DuckDBAppender logs = duck.createAppender("ingest_log")) {
            for (LogEntry e : log) {
                row(logs, Arrays.asList(LocalDateTime.ofInstant(e.time(), ZoneOffset.UTC), e.source(),
                        e.docId(), e.status().id(), e.problemKind(), e.message()));
            }
        }
    }

    private static void row(DuckDBAppender appender, List<?> values) throws SQLException {
        appender.beginRow();
        for (Object value : values) {
            value(appender, value);
        }
        appender.endRow();
    }

    /** The appender's overloads are chosen at compile time: pick the one for the value's run-time type. */
    private static void value(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof LocalDate day) {
            appender.append(day);
        } else if (value instanceof LocalDateTime time) {
            appender.append(time);
        } else if (value instanceof Collection<?> list) {
            appender.append(list);
        } else {
            throw new IllegalArgumentException("no column type holds a " + value.getClass().getName());
        }
    }
}
