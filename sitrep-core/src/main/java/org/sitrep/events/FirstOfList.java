package org.sitrep.events;

import java.util.List;
import java.util.Objects;

/**
 * The rule an attribution's sources and a quote's speakers share: the output contract's single field names the
 * first of the list, and a record written before the list existed has only that one.
 */
final class FirstOfList {

    private FirstOfList() {
    }

    /** The list, made from the single id when absent; checked to begin with it. */
    static List<String> of(String first, List<String> all, String what) {
        List<String> list = all == null ? (first == null ? List.of() : List.of(first)) : List.copyOf(all);
        if (!Objects.equals(first, list.isEmpty() ? null : list.get(0))) {
            throw new IllegalArgumentException(what + " " + first + " is not the first of " + list);
        }
        return list;
    }
}
