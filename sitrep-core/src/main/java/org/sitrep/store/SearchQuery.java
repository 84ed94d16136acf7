package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A full-text search: Lucene query syntax over {@code title}, {@code text} (the default field), {@code actor}
 * (codes and names: {@code actor:PAK}), {@code type} (a PLOVER type of the document's events, exact:
 * {@code type:ACCUSE}), {@code month} (of publication, exact: {@code month:2024-09}), {@code publisher} and
 * {@code source}; phrases in quotes.
 *
 * @param text the query as the user typed it
 * @param from first publication day kept, or null
 * @param to last publication day kept (inclusive), or null
 * @param page which hits to return
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, Page page) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(page, "page");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the search query is empty");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period is empty: from " + from + " is after to " + to);
        }
    }

    /** The first {@code limit} hits of a query over all dates. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, null, null, Page.first(limit));
    }
}
