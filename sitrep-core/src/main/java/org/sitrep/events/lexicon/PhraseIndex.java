package org.sitrep.events.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Values indexed by their {@link LemmaPattern}, found by longest match: most words first, then the shortest
 * span. Immutable once built.
 *
 * @param <T> the value type
 */
final class PhraseIndex<T> {

    /** A match of one or more values whose patterns tie for best at a position. */
    record Hit<T>(int start, int end, LemmaPattern pattern, List<T> values) {
        Hit {
            values = List.copyOf(values);
        }
    }

    private final Map<String, List<T>> byHead;
    private final Function<T, LemmaPattern> patternOf;

    PhraseIndex(List<T> values, Function<T, LemmaPattern> patternOf) {
        this.patternOf = patternOf;
        Map<String, List<T>> map = new HashMap<>();
        for (T v : values) {
            map.computeIfAbsent(patternOf.apply(v).head(), k -> new ArrayList<>()).add(v);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byHead = Map.copyOf(map);
    }

    /** The best match starting exactly at {@code from} among the values {@code accept} lets through. */
    Optional<Hit<T>> longestAt(List<String> words, int from, Predicate<T> accept) {
        List<T> candidates = byHead.getOrDefault(words.get(from), List.of());
        int bestWords = 0;
        int bestEnd = Integer.MAX_VALUE;
        LemmaPattern bestPattern = null;
        List<T> best = new ArrayList<>();
        for (T candidate : candidates) {
            if (!accept.test(candidate)) {
                continue;
            }
            LemmaPattern p = patternOf.apply(candidate);
            int end = p.matchAt(words, from);
            if (end < 0) {
                continue;
            }
            int n = p.wordCount();
            if (n > bestWords || n == bestWords && end < bestEnd) {
                bestWords = n;
                bestEnd = end;
                bestPattern = p;
                best.clear();
            }
            if (n == bestWords && end == bestEnd) {
                best.add(candidate);
            }
        }
        return bestPattern == null ? Optional.empty()
                : Optional.of(new Hit<>(from, bestEnd, bestPattern, best));
    }

    /**
     * Scans left to right for the longest match at each position. The words of a match are used up, but the
     * words inside its gaps are still scanned ("pulled its troops out" gives {@code pull ... out} and
     * {@code troop}).
     */
    List<Hit<T>> findAll(List<String> words, IntFunction<Predicate<T>> acceptAt) {
        List<Hit<T>> hits = new ArrayList<>();
        boolean[] used = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (used[i]) {
                continue;
            }
            Optional<Hit<T>> hit = longestAt(words, i, acceptAt.apply(i));
            if (hit.isPresent()) {
                hits.add(hit.get());
                for (int p : hit.get().pattern().positionsAt(words, i)) {
                    used[p] = true;
                }
            }
        }
        return hits;
    }

    int size() {
        return byHead.values().stream().mapToInt(List::size).sum();
    }
}
