package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted with doubled quotes). A text field that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) gets a leading apostrophe, since exports of news text are opened in
 * spreadsheets and the text is not ours.
 *
 * <p>Not thread-safe.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Writes one row; null is an empty field, a list is its items joined with {@code ;}. */
    public void row(List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value instanceof List<?> list
                ? String.join(";", list.stream().map(String::valueOf).toList()) : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
