package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sitrep.export.DocumentRow;
import org.sitrep.export.EventRow;
import org.sitrep.export.Table;
import org.sitrep.export.TableRows;

class SparkTablesTest {

    @Test
    void schemasHaveTheColumnsOfTheExportTablesInOrder() {
        for (Table table : TableRows.TABLES) {
            StructType schema = SparkTables.schema(table);
            assertEquals(table.columnNames(), Arrays.stream(schema.fields()).map(StructField::name).toList(), table.name());
            assertTrue(Arrays.stream(schema.fields()).allMatch(StructField::nullable), table.name());
        }
    }

    @Test
    void theJobWritesTheFiveTablesThenErrors() {
        List<String> names = SparkTables.ALL.stream().map(Table::name).toList();

        assertEquals(List.of("documents", "actors", "mentions", "events", "quotes", "records", "errors"), names);
        assertEquals(List.of("doc_id", "record"), SparkTables.named("records").columnNames());
        assertEquals(List.of("source", "kind", "message"), SparkTables.named("errors").columnNames());
    }

    @Test
    void columnTypesMapToSparkTypes() {
        StructType events = SparkTables.schema(EventRow.TABLE);

        assertEquals(DataTypes.StringType, events.apply("event_key").dataType());
        assertEquals(DataTypes.IntegerType, events.apply("sentence_start").dataType());
        assertEquals(DataTypes.DoubleType, events.apply("confidence").dataType());
        assertEquals(DataTypes.DateType, events.apply("day").dataType());
        assertEquals(new ArrayType(DataTypes.StringType, true), events.apply("actor_codes").dataType());
    }

    @Test
    void rowsHoldListsAsArraysAndKeepNullsAndDays() {
        LocalDate day = LocalDate.of(2024, 10, 3);
        DocumentRow document = new DocumentRow("d1", "a.html", "html", null, List.of("A. Writer"), "2024-10-03", day,
                null, List.of(), "en", "Text.", List.of("encoding: guessed"));

        Row row = SparkTables.row(DocumentRow.TABLE, document.values());

        assertEquals(DocumentRow.TABLE.columns().size(), row.length());
        assertEquals("d1", row.getString(0));
        assertEquals(null, row.get(3));
        assertArrayEquals(new String[] {"A. Writer"}, (String[]) row.get(4));
        assertEquals(day, row.get(6));
        assertArrayEquals(new String[0], (String[]) row.get(8));
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkTables.row(SparkTables.ERRORS, List.of("only a source")));

        assertEquals("table errors has 3 columns, got 1 values", e.getMessage());
    }
}
