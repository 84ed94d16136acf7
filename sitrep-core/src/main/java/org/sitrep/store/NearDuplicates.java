package org.sitrep.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SimHashes of the original documents of a store, searched by Hamming distance. A linear scan: one XOR and
 * bit count per stored document, about a millisecond per 100,000.
 */
final class NearDuplicates {

    /** The closest original within {@link SimHash#NEAR} bits. */
    record Match(String docId, int distance) {
    }

    private final List<String> ids = new ArrayList<>();
    private long[] hashes = new long[1024];

    void add(String docId, long hash) {
        if (ids.size() == hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[ids.size()] = hash;
        ids.add(docId);
    }

    /** The nearest original within {@link SimHash#NEAR} bits, or null. */
    Match closest(long hash) {
        int best = -1;
        int bestDistance = SimHash.NEAR + 1;
        for (int i = 0; i < ids.size(); i++) {
            int d = SimHash.distance(hash, hashes[i]);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best < 0 ? null : new Match(ids.get(best), bestDistance);
    }
}
