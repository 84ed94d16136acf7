package org.sitrep.cli;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.ingest.InputFiles;

/**
 * Names the files {@code --out} writes: the source's base name, made safe, then the first 12 hex digits
 * of the document id, e.g. {@code border-clash-3f9a0c12d4e5.json}; standard input is called {@code stdin}.
 * The same document gets the same name in every run; should two sources in one run still meet on a name
 * (the same bytes under the same base name in two folders), the later one gets {@code -2}, {@code -3}...
 * Not thread-safe: remembers the names it gave.
 */
final class OutputNames {

    static final int ID_DIGITS = 12;
    private static final int MAX_BASE = 60;

    private final Set<String> given = new HashSet<>();

    /** A fresh file name for the document {@code id} read from {@code source}, ending in {@code extension}. */
    String next(String source, String id, String extension) {
        Objects.requireNonNull(id, "id");
        String stem = base(source) + "-" + id.substring(0, Math.min(ID_DIGITS, id.length()));
        String name = stem + extension;
        for (int n = 2; !given.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + extension;
        }
        return name;
    }

    /** The readable part: the file name without its extension, in letters, digits, dots and dashes. */
    static String base(String source) {
        Objects.requireNonNull(source, "source");
        if (InputFiles.STDIN_SOURCE.equals(source)) {
            return "stdin";
        }
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String safe = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[.-]+|[.-]+$", "");
        if (safe.length() > MAX_BASE) {
            safe = safe.substring(0, MAX_BASE).replaceAll("[.-]+$", "");
        }
        return safe.isEmpty() ? "document" : safe;
    }
}
