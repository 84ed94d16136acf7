package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.export.ColumnType;
import org.sitrep.export.Table;
import org.sitrep.export.TableRows;

/**
 * The store's tables: the five shared tables of {@link TableRows} (their DDL built from the shared schema,
 * never written twice), plus {@code records} (the whole JSON record), {@code similarity} (each document's
 * SimHash and near-duplicate link) and {@code ingest_log}. The view {@code counted_events} holds the events of
 * original documents only: counts read it so that a syndicated copy is not counted twice.
 */
final class Schema {

    static final String RECORDS = "CREATE TABLE IF NOT EXISTS records (doc_id VARCHAR, record VARCHAR)";
    static final String SIMILARITY = "CREATE TABLE IF NOT EXISTS similarity (doc_id VARCHAR, simhash BIGINT, "
            + "duplicate_of VARCHAR, distance INTEGER, ingested TIMESTAMP)";
    static final String INGEST_LOG = "CREATE TABLE IF NOT EXISTS ingest_log (time TIMESTAMP, source VARCHAR, "
            + "doc_id VARCHAR, status VARCHAR, problem_kind VARCHAR, message VARCHAR)";
    static final String COUNTED_EVENTS = "CREATE VIEW IF NOT EXISTS counted_events AS SELECT e.* FROM events e "
            + "JOIN similarity s ON s.doc_id = e.doc_id WHERE s.duplicate_of IS NULL";

    private Schema() {
    }

    /** Every statement that creates the store's tables and views, each safe to run on an existing store. */
    static List<String> statements() {
        List<String> ddl = new ArrayList<>();
        TableRows.TABLES.forEach(t -> ddl.add(createTable(t)));
        ddl.add(RECORDS);
        ddl.add(SIMILARITY);
        ddl.add(INGEST_LOG);
        ddl.add(COUNTED_EVENTS);
        ddl.addAll(EventIndex.statements());
        return ddl;
    }

    /** Creates what is missing. */
    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    /** {@code CREATE TABLE IF NOT EXISTS} for one shared table, columns quoted (one is named {@code end}). */
    static String createTable(Table table) {
        return "CREATE TABLE IF NOT EXISTS " + table.name() + " (" + table.columns().stream()
                .map(c -> quote(c.name()) + " " + sqlType(c.type()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The column list of a table, quoted, for SELECT statements. */
    static String columnList(Table table, String alias) {
        return table.columns().stream().map(c -> alias + "." + quote(c.name())).collect(Collectors.joining(", "));
    }

    static String quote(String name) {
        return '"' + name + '"';
    }

    static String sqlType(ColumnType type) {
        switch (type) {
            case TEXT: return "VARCHAR";
            case INT: return "INTEGER";
            case DOUBLE: return "DOUBLE";
            case DATE: return "DATE";
            case TEXT_LIST: return "VARCHAR[]";
            default: throw new IllegalArgumentException("no SQL type for " + type.name().toLowerCase(Locale.ROOT));
        }
    }
}
