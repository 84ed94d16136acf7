package org.sitrep.bench.speed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.bench.article.BodyExtractor;
import org.sitrep.ingest.RawDocument;

/**
 * Pages per second of several extractors on the same pages, on the calling thread only. Pages are read
 * into memory first, so disk time is not counted. Each round runs every extractor over every page; the
 * order of extractors rotates from round to round, so that a noisy moment on a shared machine does not
 * always fall on the same one. Warm-up rounds let the JIT compile before measuring. Not thread-safe.
 */
public final class SpeedBenchmark {

    private final List<BodyExtractor> extractors;
    private final int warmupRounds;
    private final int measuredRounds;

    public SpeedBenchmark(List<BodyExtractor> extractors, int warmupRounds, int measuredRounds) {
        this.extractors = List.copyOf(extractors);
        if (this.extractors.isEmpty()) {
            throw new IllegalArgumentException("no extractor to measure");
        }
        if (warmupRounds < 0 || measuredRounds < 1) {
            throw new IllegalArgumentException("need >= 0 warm-up and >= 1 measured rounds, got "
                    + warmupRounds + " and " + measuredRounds);
        }
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    /** Runs the rounds over {@code pages} and returns one measurement per extractor, in the given order. */
    public List<Measurement> run(List<RawDocument> pages) {
        Objects.requireNonNull(pages, "pages");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to measure on");
        }
        for (int round = 0; round < warmupRounds; round++) {
            for (BodyExtractor extractor : rotated(round)) {
                timeOneRound(extractor, pages, new HeapMeter());
            }
        }
        Map<String, List<Round>> rounds = new LinkedHashMap<>();
        extractors.forEach(extractor -> rounds.put(extractor.name(), new ArrayList<>()));
        HeapMeter heap = new HeapMeter();
        for (int round = 0; round < measuredRounds; round++) {
            for (BodyExtractor extractor : rotated(round)) {
                rounds.get(extractor.name()).add(timeOneRound(extractor, pages, heap));
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        rounds.forEach((name, done) -> measurements.add(summarise(name, done, pages.size())));
        return measurements;
    }

    private List<BodyExtractor> rotated(int round) {
        List<BodyExtractor> order = new ArrayList<>(extractors);
        Collections.rotate(order, -(round % order.size()));
        return order;
    }

    private static Round timeOneRound(BodyExtractor extractor, List<RawDocument> pages, HeapMeter heap) {
        RoundClock clock = new RoundClock(heap);
        long characters = 0;
        int failures = 0;
        clock.start();
        for (RawDocument page : pages) {
            try {
                characters += extractor.body(page).length();
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                failures++;
            }
        }
        return new Round(clock.stop(), failures, characters);
    }

    private static Measurement summarise(String name, List<Round> rounds, int pages) {
        return Measurement.of(name, rounds.stream().map(Round::cost).toList(), pages,
                rounds.stream().mapToInt(Round::failures).sum());
    }

    /** One extractor over all pages once; {@code characters} keeps the JIT from discarding the work. */
    private record Round(RoundClock.Cost cost, int failures, long characters) {
    }
}
