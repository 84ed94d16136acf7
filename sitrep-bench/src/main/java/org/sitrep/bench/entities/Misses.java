package org.sitrep.bench.entities;

import java.util.ArrayList;
import java.util.List;

/** Lines naming the gold mentions no prediction touches and the predictions inside no gold mention. */
final class Misses {

    private Misses() {
    }

    static List<String> of(GoldDocument document, List<Prediction> predictions) {
        List<String> lines = new ArrayList<>();
        String text = document.text();
        for (GoldMention gold : document.mentions()) {
            boolean touched = predictions.stream()
                    .anyMatch(p -> p.start() <= gold.headStart() && gold.headEnd() <= p.end());
            if (!touched) {
                lines.add("missed " + gold.type() + " '" + gold.text() + "' in " + document.id());
            }
        }
        for (Prediction p : predictions) {
            boolean inside = document.mentions().stream().anyMatch(g -> g.start() <= p.start() && p.end() <= g.end());
            if (!inside) {
                lines.add("extra " + p.counted() + " '" + text.substring(p.start(), p.end()) + "' in " + document.id());
            }
        }
        return lines;
    }
}
