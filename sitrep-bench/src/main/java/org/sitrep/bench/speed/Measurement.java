package org.sitrep.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one extractor did over the measured rounds of a speed benchmark.
 *
 * @param extractor the extractor's name
 * @param pagesPerSecond one figure per measured round, by the wall clock
 * @param pagesPerCpuSecond one figure per measured round, by the measuring thread's CPU time plus the time
 *     spent in garbage collection: what one core costs, less disturbed by other load on a shared machine
 * @param allocatedBytesPerPage one figure per measured round, or empty when the JVM cannot count
 * @param peakHeapBytes the largest heap in use during any of its rounds (see {@link HeapMeter#peakBytes()})
 * @param failures pages the extractor threw on, over all rounds
 */
public record Measurement(String extractor, List<Double> pagesPerSecond, List<Double> pagesPerCpuSecond,
                          List<Double> allocatedBytesPerPage,
                          long peakHeapBytes, int failures) {

    public Measurement {
        Objects.requireNonNull(extractor, "extractor");
        pagesPerSecond = List.copyOf(pagesPerSecond);
        pagesPerCpuSecond = List.copyOf(pagesPerCpuSecond);
        allocatedBytesPerPage = List.copyOf(allocatedBytesPerPage);
    }

    /** The figures of rounds that each processed {@code items} pages, with the failures over all of them. */
    static Measurement of(String name, List<RoundClock.Cost> rounds, int items, int failures) {
        List<Double> speeds = rounds.stream().map(r -> r.perSecond(items)).toList();
        List<Double> cpuSpeeds = rounds.stream().map(r -> r.perCpuSecond(items)).filter(v -> !v.isNaN()).toList();
        List<Double> allocations = rounds.stream().filter(r -> r.allocatedBytes() >= 0)
                .map(r -> (double) r.allocatedBytes() / items).toList();
        long peak = rounds.stream().mapToLong(RoundClock.Cost::peakHeapBytes).max().orElse(0);
        return new Measurement(name, speeds, cpuSpeeds, allocations, peak, failures);
    }

    /** The median pages per second over the measured rounds. */
    public double medianPagesPerSecond() {
        return median(pagesPerSecond);
    }

    /** The median pages per CPU second, or NaN when the JVM cannot measure thread CPU time. */
    public double medianPagesPerCpuSecond() {
        return pagesPerCpuSecond.isEmpty() ? Double.NaN : median(pagesPerCpuSecond);
    }

    /** The median bytes allocated per page, or NaN when not counted. */
    public double medianAllocatedBytesPerPage() {
        return allocatedBytesPerPage.isEmpty() ? Double.NaN : median(allocatedBytesPerPage);
    }

    /** The median of {@code values}: the middle one, or the mean of the two middle ones. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
