package org.sitrep.actors;

import java.util.Objects;

/**
 * Where a dictionary line came from, so that a wrong code can be traced to the line that made it.
 *
 * @param source the file name (a bundled resource name or a user path)
 * @param line the 1-based line number
 */
public record Origin(String source, int line) {

    public Origin {
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
