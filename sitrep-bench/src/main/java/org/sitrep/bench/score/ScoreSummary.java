package org.sitrep.bench.score;

import java.util.List;

/**
 * The scores of one extractor over a set of pages.
 *
 * @param pages how many pages were scored
 * @param emptyPredictions pages whose prediction has no token (left out of the precision average)
 * @param precision mean page precision over pages with a prediction
 * @param recall mean page recall over pages with a gold body
 * @param f1 harmonic mean of {@code precision} and {@code recall} (not the mean of page F1s)
 * @param accuracy share of pages whose token sequence equals the gold one
 * @param perPage every page's score, in the order of the gold page ids
 */
public record ScoreSummary(int pages, int emptyPredictions, double precision, double recall, double f1,
                           double accuracy, List<PageScore> perPage) {

    public ScoreSummary {
        perPage = List.copyOf(perPage);
        if (pages != perPage.size()) {
            throw new IllegalArgumentException("pages " + pages + " but " + perPage.size() + " page scores");
        }
    }
}
