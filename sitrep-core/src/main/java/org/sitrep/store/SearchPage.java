package org.sitrep.store;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many documents match in all
 * @param hits the requested slice, best first
 */
public record SearchPage(long total, List<SearchHit> hits) {

    public SearchPage {
        hits = List.copyOf(hits);
        if (total < hits.size()) {
            throw new IllegalArgumentException("total " + total + " is below the " + hits.size() + " hits");
        }
    }
}
