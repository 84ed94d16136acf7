package org.sitrep.bench.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.events.lexicon.PloverType;

/**
 * Scores coded events against the PLOVER gold standard, sentence by sentence.
 *
 * <ul>
 *   <li>A sentence's prediction is its most confident event (the first of equals), or none.</li>
 *   <li>Type accuracy: the prediction's type equals the gold type.</li>
 *   <li>Source (target) country accuracy, over the sentences whose gold names a source (target): the
 *       prediction's actors (recipients) include one of the gold countries. For a reciprocal gold record the
 *       prediction's actors and recipients together are compared with the gold parties; a reciprocal
 *       prediction's parties stand on both sides.</li>
 *   <li>Triples: (source, type, target) for every source and target of an event, {@code -} for a missing
 *       side; reciprocal records as unordered pairs of their parties, and when either the gold record or
 *       the prediction is reciprocal both are compared as unordered pairs (the issue: reciprocal records are
 *       scored without direction). Triples are country-level: an actor sitrep could not code ({@code ?})
 *       makes no claim about a country, so it is left out of a side that has a coded party (a side with
 *       only uncoded actors stays {@code ?}, which matches nothing). The strict line keeps every {@code ?}.
 *       Precision and recall over the most confident event per sentence, and over every event sitrep
 *       coded.</li>
 * </ul>
 */
final class EventScore {

    static final String NONE = "none";

    private int sentences;
    private int typeRight;
    private int withSource;
    private int sourceRight;
    private int withTarget;
    private int targetRight;
    private final Counts top = new Counts();
    private final Counts strict = new Counts();
    private final Counts all = new Counts();
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final List<String> mistakes = new ArrayList<>();

    /** Adds one gold sentence and the events sitrep coded for it. */
    void add(GoldEvent gold, List<PredictedEvent> predicted) {
        sentences++;
        PredictedEvent best = null;
        for (PredictedEvent p : predicted) {
            if (best == null || p.confidence() > best.confidence()) {
                best = p; // the first of equals stays
            }
        }
        String predictedType = best == null ? NONE : best.type().name();
        confusion.computeIfAbsent(gold.type().name(), k -> new TreeMap<>()).merge(predictedType, 1, Integer::sum);
        boolean typeOk = predictedType.equals(gold.type().name());
        typeRight += typeOk ? 1 : 0;
        boolean sourceOk = scoreSides(gold, best);
        boolean undirected = gold.reciprocal() || best != null && best.reciprocal();
        Set<String> goldTriples = direction(triples(gold), undirected);
        Set<String> bestTriples = best == null ? Set.of() : direction(triples(best.coded()), undirected);
        top.add(goldTriples, bestTriples);
        strict.add(goldTriples, best == null ? Set.of() : direction(triples(best), undirected));
        Set<String> allTriples = new HashSet<>();
        predicted.forEach(p -> allTriples.addAll(direction(triples(p.coded()), gold.reciprocal() || p.reciprocal())));
        all.add(goldTriples, allTriples);
        if (!typeOk || !sourceOk || !bestTriples.equals(goldTriples)) {
            String mark = typeOk && sourceOk ? " (triples only)" : "";
            mistakes.add(gold.id() + mark + ": gold " + goldTriples + ", sitrep " + (best == null ? NONE : bestTriples)
                    + "  " + gold.text());
        }
    }

    private boolean scoreSides(GoldEvent gold, PredictedEvent best) {
        List<String> actors = best == null ? List.of() : new ArrayList<>(best.sources());
        List<String> recipients = best == null ? List.of() : best.targets();
        if (gold.reciprocal() && best != null) {
            actors.addAll(recipients);
        }
        if (best != null && best.reciprocal()) {
            recipients = actors; // an act with no direction: every party is on both sides
        }
        boolean sourceOk = true;
        if (!gold.sources().isEmpty()) {
            withSource++;
            sourceOk = actors.stream().anyMatch(gold.sources()::contains);
            sourceRight += sourceOk ? 1 : 0;
        }
        if (!gold.targets().isEmpty()) {
            withTarget++;
            boolean targetOk = recipients.stream().anyMatch(gold.targets()::contains);
            targetRight += targetOk ? 1 : 0;
            sourceOk &= targetOk;
        }
        return sourceOk;
    }

    static Set<String> triples(GoldEvent gold) {
        return triples(gold.type(), gold.sources(), gold.targets(), gold.reciprocal());
    }

    static Set<String> triples(PredictedEvent p) {
        return triples(p.type(), p.sources(), p.targets(), p.reciprocal());
    }

    /** The triples as they are, or as unordered pairs ({@code A~TYPE~B}, parties sorted) when undirected. */
    static Set<String> direction(Set<String> triples, boolean undirected) {
        if (!undirected) {
            return triples;
        }
        Set<String> out = new HashSet<>();
        for (String t : triples) {
            String[] parts = t.split("[>~]", -1);
            boolean ordered = parts[0].compareTo(parts[2]) <= 0;
            out.add(ordered ? parts[0] + "~" + parts[1] + "~" + parts[2] : parts[2] + "~" + parts[1] + "~" + parts[0]);
        }
        return out;
    }

    static Set<String> triples(PloverType type, List<String> sources, List<String> targets, boolean reciprocal) {
        Set<String> out = new HashSet<>();
        if (reciprocal) {
            List<String> parties = new ArrayList<>(new TreeSet<>(sources));
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    out.add(parties.get(i) + "~" + type + "~" + parties.get(j));
                }
            }
            if (parties.size() == 1) {
                out.add(parties.get(0) + "~" + type + "~-");
            }
            return out;
        }
        for (String s : sources.isEmpty() ? List.of("-") : sources) {
            for (String t : targets.isEmpty() ? List.of("-") : targets) {
                out.add(s + ">" + type + ">" + t);
            }
        }
        return out;
    }

    /** The report: figures, then the confusion matrix, then up to {@code worst} mistakes. */
    String report(int worst) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "sentences                  %d%n", sentences));
        out.append(line("event-type accuracy", typeRight, sentences));
        out.append(line("source-country accuracy", sourceRight, withSource));
        out.append(line("target-country accuracy", targetRight, withTarget));
        out.append(top.line("triples, top event"));
        out.append(strict.line("  the same, ? kept (strict)"));
        out.append(all.line("triples, every event"));
        out.append("\nconfusion (rows gold, columns sitrep's top event)\n");
        out.append(matrix());
        if (worst > 0 && !mistakes.isEmpty()) {
            out.append("\nmistakes (type, source or target; \"triples only\": right type and sides, other triples)\n");
            mistakes.stream().limit(worst).forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }

    private String matrix() {
        List<String> columns = new ArrayList<>();
        for (PloverType t : PloverType.values()) {
            columns.add(t.name());
        }
        columns.add(NONE);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s", ""));
        columns.forEach(c -> out.append(String.format(Locale.ROOT, "%5.4s", c)));
        out.append('\n');
        Map<PloverType, Map<String, Integer>> rows = new EnumMap<>(PloverType.class);
        confusion.forEach((k, v) -> rows.put(PloverType.valueOf(k), v));
        rows.forEach((type, row) -> {
            out.append(String.format(Locale.ROOT, "%-10s", type.name()));
            columns.forEach(c -> out.append(String.format(Locale.ROOT, "%5s", row.containsKey(c) ? row.get(c) : ".")));
            out.append('\n');
        });
        return out.toString();
    }

    private static String line(String name, int right, int of) {
        return String.format(Locale.ROOT, "%-26s %.3f  (%d of %d)%n", name, of == 0 ? 0.0 : (double) right / of, right, of);
    }

    double typeAccuracy() {
        return sentences == 0 ? 0 : (double) typeRight / sentences;
    }

    double sourceAccuracy() {
        return withSource == 0 ? 0 : (double) sourceRight / withSource;
    }

    double targetAccuracy() {
        return withTarget == 0 ? 0 : (double) targetRight / withTarget;
    }

    double topF1() {
        return top.f1();
    }

    /** True and false positives and negatives of triples. */
    private static final class Counts {
        int truePositive;
        int predicted;
        int gold;

        void add(Set<String> goldTriples, Set<String> predictedTriples) {
            gold += goldTriples.size();
            predicted += predictedTriples.size();
            truePositive += (int) predictedTriples.stream().filter(goldTriples::contains).count();
        }

        double precision() {
            return predicted == 0 ? 0 : (double) truePositive / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositive / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-26s P %.3f  R %.3f  F1 %.3f  (%d right, %d coded, %d gold)%n",
                    name, precision(), recall(), f1(), truePositive, predicted, gold);
        }
    }
}
