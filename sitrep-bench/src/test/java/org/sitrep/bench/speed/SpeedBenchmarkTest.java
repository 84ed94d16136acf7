package org.sitrep.bench.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.article.BodyExtractor;
import org.sitrep.ingest.RawDocument;

class SpeedBenchmarkTest {

    private static final List<RawDocument> PAGES = List.of(
            RawDocument.ofText("a.html", "<html><head><title>Dam opens</title></head><body><nav><a href=/>Home</a></nav>"
                    + "<article><p>The new dam opened on Monday after six years of building.</p>"
                    + "<p>Farmers downstream welcomed the steadier water supply.</p></article></body></html>"),
            RawDocument.ofText("b.html", "<html><body><p>Talks between the two ports resumed in the morning.</p>"
                    + "<p>Both sides said the first session went well.</p></body></html>"));

    @Test
    void measuresEveryExtractorInEveryRound() {
        List<Measurement> results = new SpeedBenchmark(
                List.of(BodyExtractor.sitrep(), BodyExtractor.boilerpipe()), 1, 3).run(PAGES);
        assertEquals(List.of("sitrep", "boilerpipe"), results.stream().map(Measurement::extractor).toList());
        for (Measurement m : results) {
            assertEquals(3, m.pagesPerSecond().size());
            assertTrue(m.pagesPerSecond().stream().allMatch(speed -> speed > 0), m.toString());
            assertEquals(0, m.failures(), m.toString());
            assertTrue(m.peakHeapBytes() > 0, m.toString());
        }
    }

    @Test
    void refusesNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new SpeedBenchmark(List.of(), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SpeedBenchmark(List.of(BodyExtractor.sitrep()), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SpeedBenchmark(List.of(BodyExtractor.sitrep()), -1, 1));
        SpeedBenchmark benchmark = new SpeedBenchmark(List.of(BodyExtractor.sitrep()), 0, 1);
        assertThrows(IllegalArgumentException.class, () -> benchmark.run(List.of()));
    }
}
