package org.sitrep.bench.speed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.RawDocument;

/**
 * Articles per second of sitrep's analyze path beside a plain CoreNLP pipeline, on the calling thread only.
 * sitrep gets each page's HTML (extraction is part of its time); the baseline gets the body sitrep extracts,
 * extracted once before timing. Both load their models once, timed apart. Each round runs both over every
 * article, the one that goes first alternating from round to round. Not thread-safe.
 */
public final class AnalyzeBenchmark {

    private final int warmupRounds;
    private final int measuredRounds;

    public AnalyzeBenchmark(int warmupRounds, int measuredRounds) {
        if (warmupRounds < 0 || measuredRounds < 1) {
            throw new IllegalArgumentException("need >= 0 warm-up and >= 1 measured rounds, got "
                    + warmupRounds + " and " + measuredRounds);
        }
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    /** Loads both pipelines, runs every round over the same {@code pages} and reports. */
    public AnalyzeResult run(List<RawDocument> pages) {
        Objects.requireNonNull(pages, "pages");
        return runFresh(Collections.nCopies(warmupRounds + measuredRounds, pages));
    }

    /**
     * Loads both pipelines and runs each round, warm-up rounds first, over its own pages, so that no round reads
     * a page an earlier one read: a cache that learns from the text (the dependency parser's cache of word
     * products) then gets no head start from the rounds before. Every round needs as many pages.
     */
    public AnalyzeResult runFresh(List<List<RawDocument>> rounds) {
        if (rounds.size() != warmupRounds + measuredRounds) {
            throw new IllegalArgumentException("need " + (warmupRounds + measuredRounds) + " page sets, got "
                    + rounds.size());
        }
        int articles = rounds.get(0).size();
        if (articles == 0 || rounds.stream().anyMatch(r -> r.size() != articles)) {
            throw new IllegalArgumentException("every round needs the same number of pages, at least one");
        }
        Map<List<RawDocument>, List<String>> extracted = bodies(rounds);
        StageTimes stages = new StageTimes();
        long start = System.nanoTime();
        SitrepAnalyzePath sitrep = new SitrepAnalyzePath(stages);
        double sitrepLoad = (System.nanoTime() - start) / 1e9;
        long sitrepHeap = HeapMeter.usedAfterGc();
        start = System.nanoTime();
        BaselinePipeline baseline = new BaselinePipeline();
        double baselineLoad = (System.nanoTime() - start) / 1e9;
        long heapAfterLoad = HeapMeter.usedAfterGc();

        RoundClock clock = new RoundClock(new HeapMeter());
        for (int round = 0; round < warmupRounds; round++) {
            runRound(round, clock, sitrep, baseline, rounds.get(round), extracted.get(rounds.get(round)));
        }
        stages.clear();
        List<RoundClock.Cost> sitrepCosts = new ArrayList<>();
        List<RoundClock.Cost> baselineCosts = new ArrayList<>();
        int[] failures = new int[2];
        long characters = 0;
        for (int round = 0; round < measuredRounds; round++) {
            List<RawDocument> pages = rounds.get(warmupRounds + round);
            List<String> bodies = extracted.get(pages);
            characters += bodies.stream().mapToLong(String::length).sum();
            Costs costs = runRound(round, clock, sitrep, baseline, pages, bodies);
            sitrepCosts.add(costs.sitrep);
            baselineCosts.add(costs.baseline);
            failures[0] += costs.sitrepFailures;
            failures[1] += costs.baselineFailures;
        }
        return new AnalyzeResult(articles, characters / measuredRounds,
                Measurement.of("sitrep analyze", sitrepCosts, articles, failures[0]),
                Measurement.of("CoreNLP+SR", baselineCosts, articles, failures[1]),
                stages, measuredRounds, sitrepLoad, baselineLoad, sitrepHeap, heapAfterLoad,
                baseline.annotatorTimes());
    }

    /** The bodies sitrep extracts from each set of pages, extracted once and untimed, for the baseline. */
    private static Map<List<RawDocument>, List<String>> bodies(List<List<RawDocument>> rounds) {
        ArticleExtractor extractor = new ArticleExtractor();
        Map<List<RawDocument>, List<String>> extracted = new IdentityHashMap<>();
        for (List<RawDocument> pages : rounds) {
            extracted.computeIfAbsent(pages, p -> p.stream().map(page -> extractor.apply(page).document().text())
                    .toList());
        }
        return extracted;
    }

    private static Costs runRound(int round, RoundClock clock, SitrepAnalyzePath sitrep, BaselinePipeline baseline,
                                  List<RawDocument> pages, List<String> bodies) {
        Costs costs = new Costs();
        boolean sitrepFirst = round % 2 == 0;
        for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == sitrepFirst) {
                clock.start();
                costs.sitrepFailures = runSitrep(sitrep, pages);
                costs.sitrep = clock.stop();
            } else {
                clock.start();
                costs.baselineFailures = runBaseline(baseline, bodies);
                costs.baseline = clock.stop();
            }
        }
        return costs;
    }

    private static int runSitrep(SitrepAnalyzePath sitrep, List<RawDocument> pages) {
        int failures = 0;
        for (RawDocument page : pages) {
            try {
                sitrep.analyze(page);
            } catch (RuntimeException | StackOverflowError e) {
                failures++;
            }
        }
        return failures;
    }

    private static int runBaseline(BaselinePipeline baseline, List<String> bodies) {
        int failures = 0;
        for (String body : bodies) {
            try {
                baseline.annotate(body);
            } catch (RuntimeException | StackOverflowError e) {
                failures++;
            }
        }
        return failures;
    }

    /** One round's costs and failures, for both. */
    private static final class Costs {
        RoundClock.Cost sitrep;
        RoundClock.Cost baseline;
        int sitrepFailures;
        int baselineFailures;
    }
}
