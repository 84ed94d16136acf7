package org.sitrep.store;

import java.util.Objects;

/**
 * A value and how often it occurs (a month, a type, an actor pair, a problem kind).
 *
 * @param value what was counted
 * @param count how many
 */
public record Count(String value, long count) {

    public Count {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
