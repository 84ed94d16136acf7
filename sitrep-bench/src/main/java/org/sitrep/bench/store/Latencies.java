package org.sitrep.bench.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measured durations of one kind of operation, with their median and 95th percentile (nearest rank).
 *
 * @param name what was measured
 * @param millis each measurement in milliseconds
 */
public record Latencies(String name, List<Double> millis) {

    public Latencies {
        millis = List.copyOf(millis);
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no measurements of " + name);
        }
    }

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p}% of the values at or below it. */
    public double percentile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
