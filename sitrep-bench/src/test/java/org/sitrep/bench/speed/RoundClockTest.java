package org.sitrep.bench.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundClockTest {

    @Test
    void itemsPerSecondFollowFromTheWallAndCpuTimes() {
        RoundClock.Cost cost = new RoundClock.Cost(2_000_000_000L, 500_000_000L, 1000, 0);
        assertEquals(15.0, cost.perSecond(30), 1e-12);
        assertEquals(60.0, cost.perCpuSecond(30), 1e-12);
        assertEquals(Double.NaN, new RoundClock.Cost(1, -1, -1, 0).perCpuSecond(30));
    }

    @Test
    void measurementOfRoundsTakesPerItemFiguresAndTheLargestPeak() {
        List<RoundClock.Cost> rounds = List.of(new RoundClock.Cost(1_000_000_000L, 1_000_000_000L, 400, 7),
                new RoundClock.Cost(2_000_000_000L, -1, -1, 9));
        Measurement m = Measurement.of("x", rounds, 4, 1);
        assertEquals(List.of(4.0, 2.0), m.pagesPerSecond());
        assertEquals(List.of(4.0), m.pagesPerCpuSecond());
        assertEquals(List.of(100.0), m.allocatedBytesPerPage());
        assertEquals(9, m.peakHeapBytes());
        assertEquals(1, m.failures());
    }

    @Test
    void aRealRoundTakesTimeAndAllocates() {
        RoundClock clock = new RoundClock(new HeapMeter());
        clock.start();
        StringBuilder work = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            work.append(i);
        }
        RoundClock.Cost cost = clock.stop();
        assertTrue(work.length() > 0 && cost.wallNanos() > 0, "no time measured");
        assertTrue(cost.allocatedBytes() != 0, "allocation not counted: " + cost.allocatedBytes());
    }
}
