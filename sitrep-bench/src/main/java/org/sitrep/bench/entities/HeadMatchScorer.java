package org.sitrep.bench.entities;

import java.util.List;
import java.util.Optional;

/**
 * Head-match scoring: a prediction matches a gold mention when it lies inside the gold span, covers the gold
 * name's head token, and has a compatible type (a state matches ORG or LOC). Each prediction matches at most
 * one gold mention, each gold mention at most one prediction; gold mentions are taken in text order.
 */
public final class HeadMatchScorer {

    private final CountryIdentities countries;

    public HeadMatchScorer(CountryIdentities countries) {
        this.countries = countries;
    }

    /** Adds one document's counts to {@code scores}. */
    public void score(GoldDocument document, List<Prediction> predictions, EntityScores scores) {
        boolean[] used = new boolean[predictions.size()];
        for (GoldMention gold : document.mentions()) {
            scores.gold(gold.type());
            Optional<String> iso3 = countries.iso3(gold.wikipedia());
            int found = match(gold, predictions, used, iso3.isPresent());
            if (found >= 0) {
                used[found] = true;
                scores.predicted(gold.type());
                scores.matched(gold.type());
            }
            iso3.ifPresent(code -> scores.country(found >= 0 && code.equals(predictions.get(found).country())));
        }
        for (int i = 0; i < predictions.size(); i++) {
            if (!used[i]) {
                scores.predicted(predictions.get(i).counted());
            }
        }
    }

    private static int match(GoldMention gold, List<Prediction> predictions, boolean[] used, boolean goldCountry) {
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            boolean inside = gold.start() <= p.start() && p.end() <= gold.end();
            boolean head = p.start() <= gold.headStart() && gold.headEnd() <= p.end();
            boolean lenient = goldCountry && gold.type() != EntityType.PER && !p.types().contains(EntityType.PER);
            if (!used[i] && inside && head && (p.types().contains(gold.type()) || lenient)) {
                return i;
            }
        }
        return -1;
    }
}
