package org.sitrep.export;

/**
 * The value types of sitrep's tables, few enough that DuckDB, Parquet and Spark map each one the same way.
 */
public enum ColumnType {
    /** A string ({@code VARCHAR}, Parquet {@code BINARY (STRING)}, Spark {@code StringType}). */
    TEXT,
    /** A 32-bit integer ({@code INTEGER}, Spark {@code IntegerType}). */
    INT,
    /** A 64-bit float ({@code DOUBLE}, Spark {@code DoubleType}). */
    DOUBLE,
    /** A calendar day, held as a {@link java.time.LocalDate} ({@code DATE}, Spark {@code DateType}). */
    DATE,
    /** A list of strings, held as a {@code List<String>} ({@code VARCHAR[]}, Spark {@code ArrayType(StringType)}). */
    TEXT_LIST
}
