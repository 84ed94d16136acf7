package org.sitrep.bench.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(3.0, Measurement.median(List.of(9.0, 1.0, 3.0, 4.0, 2.0)));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Measurement.median(List.of(4.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void medianOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Measurement.median(List.of()));
    }

    @Test
    void missingCpuFiguresGiveNaNNotAnError() {
        Measurement m = new Measurement("x", List.of(10.0, 30.0, 20.0), List.of(), List.of(), 0, 0);
        assertEquals(20.0, m.medianPagesPerSecond());
        assertEquals(Double.NaN, m.medianPagesPerCpuSecond());
        assertEquals(Double.NaN, m.medianAllocatedBytesPerPage());
    }
}
