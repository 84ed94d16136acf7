package org.sitrep.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private final Latencies twenty = new Latencies("q", List.of(20.0, 1.0, 19.0, 2.0, 18.0, 3.0, 17.0, 4.0, 16.0,
            5.0, 15.0, 6.0, 14.0, 7.0, 13.0, 8.0, 12.0, 9.0, 11.0, 10.0));

    @Test
    void medianAndP95AreNearestRanks() {
        assertEquals(10.0, twenty.median());
        assertEquals(19.0, twenty.p95());
        assertEquals(20.0, twenty.percentile(100));
        assertEquals(1.0, twenty.percentile(1));
    }

    @Test
    void oneMeasurementIsItsOwnMedianAndP95() {
        Latencies one = new Latencies("q", List.of(3.5));
        assertEquals(3.5, one.median());
        assertEquals(3.5, one.p95());
    }

    @Test
    void emptyMeasurementsAndBadPercentilesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Latencies("q", List.of()));
        assertThrows(IllegalArgumentException.class, () -> twenty.percentile(0));
    }
}
