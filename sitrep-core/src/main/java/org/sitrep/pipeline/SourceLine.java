package org.sitrep.pipeline;

import java.util.Objects;

/**
 * Where a line of a data file (a dictionary, a lexicon) was written, so that a surprising code or event
 * can be traced to the line that made it.
 *
 * @param source the file name (a bundled resource name or a user path)
 * @param line the 1-based line number
 */
public record SourceLine(String source, int line) {

    public SourceLine {
        Objects.requireNonNull(source, "source");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
    }

    @Override
    public String toString() {
        return source + ":" + line;
    }
}
