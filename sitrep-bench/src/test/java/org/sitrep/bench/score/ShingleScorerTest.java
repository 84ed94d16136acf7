package org.sitrep.bench.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    private static final double EPS = 1e-15;
    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void identicalTextsScorePerfectlyAndCountAsExact() {
        PageScore page = scorer.scorePage("a", "The river rose overnight, flooding the town.",
                "The river rose overnight — flooding the town!");
        assertEquals(1.0, page.precisionScore());
        assertEquals(1.0, page.recallScore());
        assertEquals(1.0, page.f1());
        assertTrue(page.exact());
    }

    @Test
    void sharedShinglesAreNormalisedByAllShinglesCounted() {
        // gold: 6 tokens -> 3 shingles; prediction adds two tokens -> 5 shingles, 3 of them shared.
        PageScore page = scorer.scorePage("a", "one two three four five six", "one two three four five six seven eight");
        assertEquals(3.0 / 5, page.tp(), EPS);
        assertEquals(2.0 / 5, page.fp(), EPS);
        assertEquals(0.0, page.fn(), EPS);
        assertEquals(3.0 / 5, page.precisionScore(), EPS);
        assertEquals(1.0, page.recallScore(), EPS);
        assertFalse(page.exact());
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        // gold has "a b c d" twice (as shingles at 0 and 4); the prediction only once.
        PageScore page = scorer.scorePage("a", "a b c d a b c d", "a b c d");
        // gold shingles: abcd x2, bcda, cdab, dabc -> 5; predicted: abcd x1 -> tp 1, fn 4.
        assertEquals(1.0 / 5, page.tp(), EPS);
        assertEquals(4.0 / 5, page.fn(), EPS);
    }

    @Test
    void textsShorterThanFourTokensGiveOneShortShingle() {
        assertEquals(1.0, scorer.scorePage("a", "Hello world", "Hello, world!").recallScore(), EPS);
        // tokens are compared as they are: case matters
        assertEquals(0.0, scorer.scorePage("a", "Hello world", "hello world").tp(), EPS);
        // a 2-token shingle never equals a 4-token one
        PageScore page = scorer.scorePage("a", "Hello world", "Hello world and more");
        assertEquals(0.0, page.tp(), EPS);
    }

    @Test
    void emptyPredictionHasNoPrecisionAndIsLeftOutOfTheAverage() {
        PageScore empty = scorer.scorePage("a", "one two three four", "  ");
        assertTrue(empty.precision().isEmpty());
        assertEquals(0.0, empty.recall().getAsDouble());
        assertEquals(0.0, empty.f1());
        assertTrue(empty.emptyPrediction());

        ScoreSummary summary = scorer.score(
                Map.of("a", "one two three four", "b", "five six seven eight nine"),
                Map.of("a", "", "b", "five six seven eight"));
        // precision only from page b (1 of 1 predicted shingle right); recall averages 0 and 1/2.
        assertEquals(1.0, summary.precision(), EPS);
        assertEquals(0.25, summary.recall(), EPS);
        assertEquals(2 * 1.0 * 0.25 / 1.25, summary.f1(), EPS);
        assertEquals(1, summary.emptyPredictions());
        assertEquals(0.0, summary.accuracy());
    }

    @Test
    void f1IsOfTheAveragesNotTheAverageOfPageF1s() {
        ScoreSummary summary = scorer.score(
                Map.of("a", "a b c d e", "b", "f g h i j k l"),
                Map.of("a", "a b c d e", "b", "f g h i"));
        double meanOfPageF1 = summary.perPage().stream().mapToDouble(PageScore::f1).average().orElseThrow();
        double p = summary.precision();
        double r = summary.recall();
        assertEquals(2 * p * r / (p + r), summary.f1(), EPS);
        assertTrue(Math.abs(summary.f1() - meanOfPageF1) > 1e-3);
        assertEquals(0.5, summary.accuracy());
    }

    @Test
    void pagesComeInIdOrder() {
        ScoreSummary summary = scorer.score(Map.of("z", "x", "m", "y", "a", "w"), Map.of("z", "x", "m", "y", "a", "w"));
        assertEquals(List.of("a", "m", "z"), summary.perPage().stream().map(PageScore::id).toList());
    }

    @Test
    void predictionsMustCoverTheGoldPages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scorer.score(Map.of("a", "x", "b", "y"), Map.of("a", "x", "c", "y")));
        assertTrue(e.getMessage().contains("missing [b]"), e.getMessage());
        assertTrue(e.getMessage().contains("extra [c]"), e.getMessage());
    }

    @Test
    void nothingPredictedAnywhereScoresZeroRatherThanFailing() {
        ScoreSummary summary = scorer.score(Map.of("a", "one two three four"), Map.of("a", ""));
        assertEquals(0.0, summary.precision());
        assertEquals(0.0, summary.f1());
    }
}
