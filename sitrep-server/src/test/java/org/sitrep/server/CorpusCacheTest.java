package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

class CorpusCacheTest {

    @TempDir
    Path dir;

    /** A clock a test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void keptAnswersAreUsedUntilTheyAreOld() {
        Path root = Corpus.write(dir, Corpus.articles().subList(0, 2));
        HandClock clock = new HandClock();
        try (Store store = Store.openReadOnly(root)) {
            CorpusCache cache = new CorpusCache(store, clock, Duration.ofSeconds(10));
            assertEquals(2, cache.stats().documents());
            Corpus.write(dir, Corpus.articles().subList(2, 3));
            assertEquals(2, cache.stats().documents());
            clock.now = clock.now.plus(CorpusCache.KEEP).plusSeconds(1);
            assertEquals(3, cache.stats().documents());
        }
    }

    @Test
    void namesComeFromTheActorListingAndCodesStandInForUnknownOnes() {
        try (Store store = Store.openReadOnly(Corpus.write(dir))) {
            CorpusCache cache = new CorpusCache(store, Clock.systemUTC(), Duration.ofSeconds(10));
            cache.warm();
            assertEquals("Pakistan", cache.name("PAK"));
            assertEquals("ZZZ", cache.name("ZZZ"));
            assertEquals("PAK", cache.actors().keySet().iterator().next());
        }
    }
}
