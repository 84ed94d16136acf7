package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.export.Column;
import org.sitrep.export.ColumnType;
import org.sitrep.export.Table;
import org.sitrep.export.TableRows;

/**
 * sitrep's tables as Spark schemas and rows: the one place where {@link ColumnType} meets Spark's types, so
 * the job's Parquet files have the columns of {@link TableRows#TABLES}, in order, plus the job's own
 * {@link #RECORDS} and {@link #ERRORS} tables.
 */
final class SparkTables {

    /**
     * Each document's whole record (the output contract's JSON, one line), which the five tables flatten:
     * what {@code sitrep ingest} reads to load the job's output into a store without analysing again.
     */
    static final Table RECORDS = new Table("records", List.of(new Column("doc_id", ColumnType.TEXT),
            new Column("record", ColumnType.TEXT)));

    /** Documents that failed a stage: where they came from, the kind of problem and what went wrong. */
    static final Table ERRORS = new Table("errors", List.of(new Column("source", ColumnType.TEXT),
            new Column("kind", ColumnType.TEXT), new Column("message", ColumnType.TEXT)));

    /** Every table the job writes: the five of {@link TableRows#TABLES}, then {@link #RECORDS} and {@link #ERRORS}. */
    static final List<Table> ALL = all();

    private SparkTables() {
    }

    private static List<Table> all() {
        List<Table> tables = new ArrayList<>(TableRows.TABLES);
        tables.add(RECORDS);
        tables.add(ERRORS);
        return List.copyOf(tables);
    }

    /** The Spark type of a column type. Dates are {@link java.time.LocalDate}s, lists {@code String[]}s. */
    static DataType type(ColumnType type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case DATE -> DataTypes.DateType;
            case TEXT_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
        };
    }

    /** The Spark schema of a table; every column is nullable, as in the store. */
    static StructType schema(Table table) {
        StructField[] fields = table.columns().stream()
                .map(c -> DataTypes.createStructField(c.name(), type(c.type()), true))
                .toArray(StructField[]::new);
        return DataTypes.createStructType(fields);
    }

    /**
     * One row of a table from its values in column order (as {@code TableRows}' rows give them). Lists
     * become arrays, which every Spark serialiser and encoder takes.
     */
    static Row row(Table table, List<Object> values) {
        Objects.requireNonNull(values, "values");
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException("table " + table.name() + " has " + table.columns().size()
                    + " columns, got " + values.size() + " values");
        }
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            Object value = values.get(i);
            cells[i] = value instanceof List<?> list ? list.toArray(String[]::new) : value;
        }
        return RowFactory.create(cells);
    }

    /** The table of this name. */
    static Table named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table named '" + name + "'"));
    }
}
