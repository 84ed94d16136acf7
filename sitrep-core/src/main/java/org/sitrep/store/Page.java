package org.sitrep.store;

/**
 * Which slice of a result list to return.
 *
 * @param limit at most this many items, 1 to {@value #MAX_LIMIT}
 * @param offset skip this many first, 0 or more
 */
public record Page(int limit, int offset) {

    /** The largest page a query returns. */
    public static final int MAX_LIMIT = 100_000;

    public Page {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
    }

    /** The first {@code limit} items. */
    public static Page first(int limit) {
        return new Page(limit, 0);
    }
}
