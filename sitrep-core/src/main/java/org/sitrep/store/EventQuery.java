package org.sitrep.store;

import java.util.Objects;

/**
 * An event listing: which events, and which slice of them (newest first).
 *
 * @param filter the conditions
 * @param page the slice
 */
public record EventQuery(EventFilter filter, Page page) {

    public EventQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}
