package org.sitrep.bench.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sitrep.bench.speed.StageTimes.Stage;

class StageTimesTest {

    @Test
    void timesAddUpPerStageAndSharesAreFractionsOfTheTotal() {
        StageTimes times = new StageTimes();
        times.add(Stage.EXTRACT, 10_000_000);
        times.add(Stage.CORENLP, 60_000_000);
        times.add(Stage.CORENLP, 20_000_000);
        times.add(Stage.EVENTS, 10_000_000);
        assertEquals(80_000_000, times.nanos(Stage.CORENLP));
        assertEquals(0, times.nanos(Stage.ACTORS));
        assertEquals(100_000_000, times.totalNanos());
        assertEquals(0.8, times.share(Stage.CORENLP), 1e-12);
        assertEquals(0.0, times.share(Stage.ACTORS));
    }

    @Test
    void millisPerArticleDividesTheStageTimeByTheArticles() {
        StageTimes times = new StageTimes();
        times.add(Stage.ACTORS, 45_000_000);
        assertEquals(15.0, times.millisPerArticle(Stage.ACTORS, 3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> times.millisPerArticle(Stage.ACTORS, 0));
    }

    @Test
    void nothingTimedHasNoShareAndClearForgetsTheWarmUp() {
        StageTimes times = new StageTimes();
        assertEquals(0.0, times.share(Stage.EXTRACT));
        times.add(Stage.EXTRACT, 5);
        times.clear();
        assertEquals(0, times.totalNanos());
    }

    @Test
    void negativeTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StageTimes().add(Stage.EVENTS, -1));
    }
}
