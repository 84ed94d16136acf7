package org.sitrep.store;

import java.util.List;

/**
 * How the documents that a search finds spread over actor codes, event types and publication months: each
 * value counts the matching documents that carry it (a document with two ACCUSE events counts once).
 * Actors and types most frequent first, months in order.
 *
 * @param total how many documents match in all
 * @param actors actor codes of the documents' actors
 * @param types PLOVER types of the documents' events
 * @param months publication months ({@code 2024-09})
 */
public record SearchFacets(long total, List<Count> actors, List<Count> types, List<Count> months) {

    public SearchFacets {
        actors = List.copyOf(actors);
        types = List.copyOf(types);
        months = List.copyOf(months);
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
    }
}
