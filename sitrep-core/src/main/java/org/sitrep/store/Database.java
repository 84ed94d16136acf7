package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens the store's DuckDB file. DuckDB lets one process at a time hold a file (even read-only), so every
 * user of the store holds it briefly, and an opener that finds it held waits a little and tries again.
 * Memory and threads are capped: DuckDB's default memory limit is most of the machine.
 */
final class Database {

    /** DuckDB's memory ceiling per connection. */
    static final String MEMORY_LIMIT = "1GB";
    /** DuckDB's worker threads. */
    static final String THREADS = "2";

    private static final long RETRY_MILLIS = 25;

    private Database() {
    }

    /**
     * Opens the file, waiting up to {@code patience} while another process holds it.
     *
     * @throws StoreException when the file is still held after that, or cannot be opened at all
     */
    static Connection open(Path file, boolean readOnly, Duration patience) {
        if (readOnly && !Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file.getParent() + " (run sitrep ingest first)");
        }
        Properties properties = new Properties();
        properties.setProperty("memory_limit", MEMORY_LIMIT);
        properties.setProperty("threads", THREADS);
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            } catch (SQLException e) {
                if (!isBusy(e)) {
                    throw new StoreException("cannot open " + file + ": " + firstLine(e), e);
                }
                if (System.nanoTime() > deadline) {
                    throw new StoreException("store " + file.getParent() + " is busy (another process holds "
                            + file.getFileName() + " for longer than " + patience.toMillis() + " ms): "
                            + firstLine(e), e);
                }
                sleep();
            }
        }
    }

    /**
     * True when the file is held by another process, or by this one with other settings, or being opened by
     * another thread of this one at the same moment (DuckDB shares an open file between connections with the
     * same settings, but two threads opening it at once collide).
     */
    static boolean isBusy(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("could not set lock") || message.contains("conflicting lock")
                || message.contains("different configuration") || message.contains("unique file handle conflict");
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        }
    }
}
