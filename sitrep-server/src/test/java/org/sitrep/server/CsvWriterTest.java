package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(Arrays.asList("plain", "a, b", "she said \"no\"", "two\nlines", null, 3, 0.5));
        assertEquals("plain,\"a, b\",\"she said \"\"no\"\"\",\"two\nlines\",,3,0.5\r\n", out.toString());
    }

    @Test
    void listsAreJoinedWithSemicolons() {
        assertEquals("CHN;IRN;PAK", CsvWriter.field(List.of("CHN", "IRN", "PAK")));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.field("=HYPERLINK(\"x\")"));
        assertEquals("'=1+1", CsvWriter.field("=1+1"));
        assertEquals("'@SUM(A1)", CsvWriter.field("@SUM(A1)"));
        assertEquals("'-2", CsvWriter.field("-2"));
        assertEquals("-2", CsvWriter.field(-2));
    }
}
