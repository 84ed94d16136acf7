package org.sitrep.bench.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines naming the gold mentions no prediction touches, the gold states not found with their code, the predictions inside no gold mention, and those inside
 * one that miss its head or its type (some of these still match a nested gold mention).
 */
final class Misses {

    private Misses() {
    }

    static List<String> of(GoldDocument document, List<Prediction> predictions, CountryIdentities countries) {
        List<String> lines = new ArrayList<>();
        String text = document.text();
        for (GoldMention gold : document.mentions()) {
            boolean touched = predictions.stream()
                    .anyMatch(p -> p.start() <= gold.headStart() && gold.headEnd() <= p.end());
            if (!touched) {
                lines.add("missed " + gold.type() + " '" + gold.text() + "' in " + document.id());
            }
            countries.iso3(gold.wikipedia()).ifPresent(code -> {
                boolean linked = predictions.stream().anyMatch(p -> code.equals(p.country())
                        && gold.start() <= p.start() && p.end() <= gold.end());
                if (!linked) {
                    lines.add("unlinked " + code + " '" + gold.text() + "' in " + document.id());
                }
            });
        }
        for (Prediction p : predictions) {
            boolean inside = document.mentions().stream().anyMatch(g -> g.start() <= p.start() && p.end() <= g.end());
            String said = p.counted() + " '" + text.substring(p.start(), p.end()) + "' in " + document.id();
            if (!inside) {
                lines.add("extra " + said);
                continue;
            }
            document.mentions().stream()
                    .filter(g -> g.start() <= p.start() && p.end() <= g.end())
                    .filter(g -> !(p.start() <= g.headStart() && g.headEnd() <= p.end()) || !p.types().contains(g.type()))
                    .findFirst()
                    .ifPresent(g -> lines.add("off " + said + " within " + g.type() + " '" + g.text() + "'"));
        }
        return lines;
    }
}
