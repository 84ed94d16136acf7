package org.sitrep.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link AnalyzeBenchmark} measured.
 *
 * @param articles the number of articles in each round
 * @param characters the characters of their extracted bodies, together
 * @param sitrep sitrep's analyze path (extract + nlp + actors + events), one figure per measured round
 * @param baseline the plain CoreNLP pipeline on the extracted bodies, one figure per measured round
 * @param stages where sitrep's time went, over all measured rounds
 * @param measuredRounds the number of measured rounds
 * @param sitrepLoadSeconds the time to load sitrep's models and dictionaries
 * @param baselineLoadSeconds the time to load the baseline's models
 * @param sitrepHeapBytes the heap in use after loading sitrep alone (before the baseline), after a full
 *     collection: what sitrep's models hold
 * @param heapAfterLoadBytes the heap in use after both were loaded, after a full collection
 * @param baselineAnnotatorTimes CoreNLP's report of the baseline's time per annotator, over all rounds
 */
public record AnalyzeResult(int articles, long characters, Measurement sitrep, Measurement baseline,
                            StageTimes stages, int measuredRounds, double sitrepLoadSeconds,
                            double baselineLoadSeconds, long sitrepHeapBytes,
                            long heapAfterLoadBytes, String baselineAnnotatorTimes) {

    public AnalyzeResult {
        Objects.requireNonNull(sitrep, "sitrep");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(baselineAnnotatorTimes, "baselineAnnotatorTimes");
        if (articles < 1 || measuredRounds < 1) {
            throw new IllegalArgumentException("need articles and rounds, got " + articles + ", " + measuredRounds);
        }
    }

    /** sitrep's median articles/s over the baseline's, by CPU time (NaN when not measured). */
    public double cpuRatio() {
        return sitrep.medianPagesPerCpuSecond() / baseline.medianPagesPerCpuSecond();
    }

    /** sitrep's median articles/s over the baseline's, by the wall clock. */
    public double wallRatio() {
        return sitrep.medianPagesPerSecond() / baseline.medianPagesPerSecond();
    }

    /** The median of the per-round ratios of sitrep's wall speed to the baseline's. */
    public double medianRoundRatio() {
        return medianRatio(sitrep.pagesPerSecond(), baseline.pagesPerSecond());
    }

    /** The median of {@code a[i] / b[i]} over rounds paired by index. */
    static double medianRatio(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("rounds differ: " + a.size() + " and " + b.size());
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ratios.add(a.get(i) / b.get(i));
        }
        return Measurement.median(ratios);
    }
}
