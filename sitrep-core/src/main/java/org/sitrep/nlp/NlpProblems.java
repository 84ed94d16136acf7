package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.pipeline.Problem;

/**
 * The problems of one document, bounded: the first message of each kind is kept with a count of the others,
 * so a 10,000-row table yields one problem, not 10,000.
 */
final class NlpProblems {

    private final Map<String, String> first = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String kind, String message) {
        first.putIfAbsent(kind, message);
        counts.merge(kind, 1, Integer::sum);
    }

    List<Problem> list() {
        List<Problem> problems = new ArrayList<>(first.size());
        for (Map.Entry<String, String> entry : first.entrySet()) {
            int more = counts.get(entry.getKey()) - 1;
            String message = more == 0 ? entry.getValue() : entry.getValue() + " (and " + more + " more like it)";
            problems.add(new Problem(entry.getKey(), message));
        }
        return problems;
    }
}
