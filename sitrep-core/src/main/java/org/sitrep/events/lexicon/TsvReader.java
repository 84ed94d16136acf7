package org.sitrep.events.lexicon;

import org.sitrep.pipeline.SourceLine;
import org.sitrep.pipeline.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the lexicon's TSV files: UTF-8, {@code #} starts a comment line, blank lines are skipped, fields are
 * separated by one or more tabs (so columns may be aligned), and each row must have the expected number of
 * fields.
 */
final class TsvReader {

    /** One data row. */
    record Row(SourceLine where, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }
    }

    private TsvReader() {
    }

    /** The rows of a bundled resource next to this class's package resources. */
    static List<Row> resource(String name, int fields) {
        String path = "/org/sitrep/events/" + name;
        try (InputStream in = TsvReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new DataFileException(name, 0, "bundled resource missing: " + path);
            }
            return rows(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), fields);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** The rows of a user file. */
    static List<Row> file(Path file, int fields) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            reader.lines().forEach(l -> text.append(l).append('\n'));
            return rows(file.toString(), text.toString(), fields);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        } catch (UncheckedIOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read as UTF-8: " + e.getCause().getMessage());
        }
    }

    static List<Row> rows(String source, String text, int fields) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = lines[i].strip().split("\t+");
            if (parts.length != fields) {
                throw new DataFileException(source, i + 1,
                        "expected " + fields + " tab-separated fields, found " + parts.length + ": " + line);
            }
            List<String> list = new ArrayList<>();
            for (String p : parts) {
                list.add(p.strip());
            }
            rows.add(new Row(new SourceLine(source, i + 1), list));
        }
        return rows;
    }

    /** Applies a parser to a row, turning its argument errors into {@code file:line:} errors. */
    static <T> T parse(Row row, Function<Row, T> parser) {
        try {
            return parser.apply(row);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(row.where().source(), row.where().line(), e.getMessage());
        }
    }
}
