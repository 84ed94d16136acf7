package org.sitrep.export;

import java.util.List;
import java.util.Objects;

/**
 * The name and columns of one of sitrep's flat tables. The store (DuckDB), its Parquet export and the Spark
 * job all build their schemas from these, so their files read the same.
 */
public record Table(String name, List<Column> columns) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " has no columns");
        }
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
