package org.sitrep.events.lexicon;

import java.util.Objects;

/**
 * Where an entry was written, so a surprising event can be traced to the line that made it.
 *
 * @param source file name (a bundled resource name or a user path)
 * @param line 1-based line number
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
