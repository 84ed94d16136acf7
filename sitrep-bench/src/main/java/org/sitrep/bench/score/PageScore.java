package org.sitrep.bench.score;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The score of one page, as score.py computes it: shingle counts normalised so that every page weighs
 * the same ({@code tp + fp + fn == 1} unless all three are zero).
 *
 * @param id the page id (the gold file's name without {@code .json})
 * @param tp shingles found in both, as a share of all shingles counted
 * @param fp predicted shingles not in the gold body, as a share
 * @param fn gold shingles not predicted, as a share
 * @param exact whether the predicted token sequence equals the gold one
 * @param emptyPrediction whether the prediction has no token at all
 */
public record PageScore(String id, double tp, double fp, double fn, boolean exact, boolean emptyPrediction) {

    public PageScore {
        Objects.requireNonNull(id, "id");
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count for " + id + ": " + tp + ", " + fp + ", " + fn);
        }
    }

    /** Whether the page takes part in the precision average: it predicted something (score.py: tp + fp > 0). */
    public boolean countsForPrecision() {
        return tp + fp > 0;
    }

    /** Whether the page takes part in the recall average: its gold body has shingles (tp + fn > 0). */
    public boolean countsForRecall() {
        return tp + fn > 0;
    }

    /** score.py's {@code precision_score}: 1 when nothing is wrong, 0 when nothing was found. */
    public double precisionScore() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fp == 0) {
            return 0.0;
        }
        return tp / (tp + fp);
    }

    /** score.py's {@code recall_score}: 1 when nothing is wrong, 0 when nothing was found. */
    public double recallScore() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fn == 0) {
            return 0.0;
        }
        return tp / (tp + fn);
    }

    /** The page's precision as score.py reports it per page: empty when the page has no prediction. */
    public OptionalDouble precision() {
        return countsForPrecision() ? OptionalDouble.of(precisionScore()) : OptionalDouble.empty();
    }

    /** The page's recall as score.py reports it per page: empty when the gold body has no shingle. */
    public OptionalDouble recall() {
        return countsForRecall() ? OptionalDouble.of(recallScore()) : OptionalDouble.empty();
    }

    /** The page's F1; 0 when precision or recall is missing or both are 0, as in score.py. */
    public double f1() {
        OptionalDouble p = precision();
        OptionalDouble r = recall();
        if (p.isEmpty() || r.isEmpty() || p.getAsDouble() + r.getAsDouble() <= 0) {
            return 0.0;
        }
        return 2 * p.getAsDouble() * r.getAsDouble() / (p.getAsDouble() + r.getAsDouble());
    }
}
