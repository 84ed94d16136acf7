package org.sitrep.bench.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article-extraction benchmark's metric, giving the same figures as its {@code score.py} on the same
 * predictions. Thread-safe and stateless.
 *
 * <p>Text becomes {@link WordTokenizer} tokens, tokens a multiset of 4-token shingles (a text of fewer
 * than four tokens gives one shorter shingle, an empty text none). Per page, matched, extra and missing
 * shingles are divided by their sum; precision and recall are averaged over pages (pages with an empty
 * prediction are left out of precision), F1 is the harmonic mean of the two averages, and accuracy the
 * share of pages whose token sequence equals the gold one. Averages are exact sums rounded once, as
 * Python's {@code statistics.mean} does, so results agree to the last bit or so.
 *
 * <pre>{@code
 * ScoreSummary s = new ShingleScorer().score(goldById, predictedById);
 * System.out.println(s.f1());
 * }</pre>
 */
public final class ShingleScorer {

    /** Shingle length used by the benchmark. */
    public static final int SHINGLE_TOKENS = 4;

    // Far more digits than a double holds, so rounding the quotient to a double is the only rounding that shows.
    private static final MathContext MEAN_PRECISION = new MathContext(60);

    private final WordTokenizer tokenizer = new WordTokenizer();

    /**
     * Scores {@code predicted} against {@code gold}. Both map page ids to bodies and must hold the same ids
     * (score.py refuses other predictions too); a {@code null} body counts as empty.
     */
    public ScoreSummary score(Map<String, String> gold, Map<String, String> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        if (!gold.keySet().equals(predicted.keySet())) {
            Set<String> missing = new TreeSet<>(gold.keySet());
            missing.removeAll(predicted.keySet());
            Set<String> extra = new TreeSet<>(predicted.keySet());
            extra.removeAll(gold.keySet());
            throw new IllegalArgumentException("predictions must cover exactly the gold pages; missing "
                    + missing + ", extra " + extra);
        }
        List<PageScore> pages = new ArrayList<>();
        for (String id : new TreeSet<>(gold.keySet())) {
            pages.add(scorePage(id, gold.get(id), predicted.get(id)));
        }
        return summarise(pages);
    }

    /** Scores one page. */
    public PageScore scorePage(String id, String gold, String predicted) {
        List<String> goldTokens = tokenizer.tokens(gold);
        List<String> predictedTokens = tokenizer.tokens(predicted);
        Map<String, Integer> goldShingles = shingles(goldTokens);
        Map<String, Integer> predictedShingles = shingles(predictedTokens);
        Set<String> keys = new HashSet<>(goldShingles.keySet());
        keys.addAll(predictedShingles.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (String key : keys) {
            int t = goldShingles.getOrDefault(key, 0);
            int p = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        boolean exact = goldTokens.equals(predictedTokens);
        if (sum > 0) {
            return new PageScore(id, tp / sum, fp / sum, fn / sum, exact, predictedTokens.isEmpty());
        }
        return new PageScore(id, 0, 0, 0, exact, predictedTokens.isEmpty());
    }

    /** Averages page scores the way score.py does. */
    public ScoreSummary summarise(List<PageScore> pages) {
        List<Double> precisions = new ArrayList<>();
        List<Double> recalls = new ArrayList<>();
        int exact = 0;
        int empty = 0;
        for (PageScore page : pages) {
            if (page.countsForPrecision()) {
                precisions.add(page.precisionScore());
            }
            if (page.countsForRecall()) {
                recalls.add(page.recallScore());
            }
            exact += page.exact() ? 1 : 0;
            empty += page.emptyPrediction() ? 1 : 0;
        }
        double precision = mean(precisions);
        double recall = mean(recalls);
        // score.py would divide by zero here; an extractor that found nothing scores 0.
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        double accuracy = pages.isEmpty() ? 0.0 : (double) exact / pages.size();
        return new ScoreSummary(pages.size(), empty, precision, recall, f1, accuracy, pages);
    }

    /** Multiset of shingles; a shingle is its tokens joined by a space, which no token contains. */
    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        int starts = Math.max(1, tokens.size() - SHINGLE_TOKENS + 1);
        for (int i = 0; i < starts && i < tokens.size(); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_TOKENS)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }

    /** The exact mean rounded once, like Python's statistics.mean; 0 for no values (score.py fails there). */
    private static double mean(List<Double> values) {
        if (values.isEmpty()) {
            return 0.0;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : values) {
            sum = sum.add(new BigDecimal(value));
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MEAN_PRECISION).doubleValue();
    }
}
