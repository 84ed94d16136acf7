package org.sitrep.spark;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * A row and the name of the table it belongs to: what the analysis step emits, so that one pass over the
 * documents feeds all six tables.
 */
record TableRow(String table, Row row) implements Serializable {
    private static final long serialVersionUID = 1L;

    TableRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
    }
}
