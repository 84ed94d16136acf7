package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch reaches the DuckDB file whole or not at all, appenders included. */
class StoreWriterTransactionTest {

    @TempDir
    Path dir;

    @Test
    void appendedRowsOfAFailedBatchAreNotKept() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("t.duckdb");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x INTEGER)");
            assertThrows(SQLException.class, () -> StoreWriter.inOneTransaction(c, connection -> {
                appendTen(connection);
                throw new SQLException("the batch's last table failed");
            }));
        }
        assertEquals(0, rows(url));
    }

    @Test
    void appendedRowsOfAnUncommittedBatchAreLostWithTheConnection() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("u.duckdb");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x INTEGER)");
            StoreWriter.inOneTransaction(c, StoreWriterTransactionTest::appendTen);
            s.execute("BEGIN TRANSACTION");
            appendTen(c);
            // The connection closes without COMMIT, as when the process is killed mid-batch.
        }
        assertEquals(10, rows(url));
    }

    private static void appendTen(Connection connection) throws SQLException {
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("t")) {
            for (int i = 0; i < 10; i++) {
                appender.beginRow();
                appender.append(i);
                appender.endRow();
            }
        }
    }

    private static long rows(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
