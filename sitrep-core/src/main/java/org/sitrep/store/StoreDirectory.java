package org.sitrep.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a store directory: the DuckDB file {@code events.duckdb}, the Lucene index in {@code index/}
 * and the writer's lock file {@code writer.lock}.
 *
 * @param root the store directory (default {@code ./sitrep-data})
 */
public record StoreDirectory(Path root) {

    /** The directory used when none is given. */
    public static final String DEFAULT = "sitrep-data";

    public StoreDirectory {
        Objects.requireNonNull(root, "root");
    }

    /** The DuckDB database file. */
    public Path database() {
        return root.resolve("events.duckdb");
    }

    /** The Lucene index directory. */
    public Path index() {
        return root.resolve("index");
    }

    /** The file a writer locks while it writes. */
    public Path lock() {
        return root.resolve("writer.lock");
    }
}
