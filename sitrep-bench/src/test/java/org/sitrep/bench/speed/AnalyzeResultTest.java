package org.sitrep.bench.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzeResultTest {

    private static Measurement measured(String name, List<Double> wall, List<Double> cpu) {
        return new Measurement(name, wall, cpu, List.of(), 0, 0);
    }

    @Test
    void ratiosCompareTheMediansAndThePairedRounds() {
        // Round 2 was noisy for sitrep only: the paired ratios show it, the medians are 4.0 and 1.0.
        Measurement sitrep = measured("sitrep", List.of(4.0, 1.0, 4.5), List.of(5.0, 6.0, 5.5));
        Measurement baseline = measured("base", List.of(1.0, 1.0, 0.9), List.of(0.5, 0.5, 0.6));
        AnalyzeResult result = new AnalyzeResult(30, 90_000, sitrep, baseline, new StageTimes(), 3, 6.0, 12.0,
                1L << 30, 2L << 30, "");
        assertEquals(4.0, result.wallRatio(), 1e-12);
        assertEquals(11.0, result.cpuRatio(), 1e-12);
        assertEquals(4.0, result.medianRoundRatio(), 1e-12);
    }

    @Test
    void roundsThatDoNotPairUpAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> AnalyzeResult.medianRatio(List.of(1.0, 2.0), List.of(1.0)));
    }

    @Test
    void aResultWithoutArticlesIsRefused() {
        Measurement m = measured("x", List.of(1.0), List.of(1.0));
        assertThrows(IllegalArgumentException.class,
                () -> new AnalyzeResult(0, 0, m, m, new StageTimes(), 1, 0, 0, 0, 0, ""));
    }
}
