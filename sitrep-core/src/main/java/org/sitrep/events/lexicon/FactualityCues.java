package org.sitrep.events.lexicon;

import org.sitrep.pipeline.DataFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The modals, hedges, conditionals, negations, future markers and attribution verbs that decide an event's
 * factuality and source, read from the bundled {@code org/sitrep/events/cues.tsv} (whose header gives the format
 * and the precedence rules, also in {@code package-info}) and optional user files in the same format.
 *
 * <pre>{@code
 * FactualityCues cues = FactualityCues.bundled();
 * cues.lookupLemma("suspect");   // ATTRIBUTION, possible, governs its complement
 * cues.find(words, lemmas);      // "according to", "is expected to", "n't", ...
 * }</pre>
 *
 * <p>A user file overrides by phrase and match kind, as for {@link EventLexicon}. Instances are immutable and
 * safe to share between threads.
 */
public final class FactualityCues {

    private static final int FIELDS = 5;

    private final List<FactualityCue> cues;
    private final PhraseIndex<FactualityCue> byWord;
    private final PhraseIndex<FactualityCue> byLemma;

    private FactualityCues(List<FactualityCue> cues) {
        this.cues = List.copyOf(cues);
        this.byWord = new PhraseIndex<>(this.cues.stream().filter(c -> c.on() == FactualityCue.MatchOn.WORD)
                .toList(), FactualityCue::phrase);
        this.byLemma = new PhraseIndex<>(this.cues.stream().filter(c -> c.on() == FactualityCue.MatchOn.LEMMA)
                .toList(), FactualityCue::phrase);
    }

    /** The bundled cues alone. */
    public static FactualityCues bundled() {
        return load(List.of());
    }

    /**
     * The bundled cues with user files applied in order.
     *
     * @throws DataFileException for a malformed line, naming file and line
     */
    public static FactualityCues load(List<Path> extra) {
        Objects.requireNonNull(extra, "extra");
        Map<String, List<FactualityCue>> byKey = new LinkedHashMap<>();
        for (TsvReader.Row row : TsvReader.resource("cues.tsv", FIELDS)) {
            FactualityCue cue = TsvReader.parse(row, FactualityCues::parse);
            byKey.computeIfAbsent(key(cue), k -> new ArrayList<>()).add(cue);
        }
        for (Path file : extra) {
            Set<String> seen = new HashSet<>();
            for (TsvReader.Row row : TsvReader.file(file, FIELDS)) {
                FactualityCue cue = TsvReader.parse(row, FactualityCues::parse);
                if (seen.add(key(cue))) {
                    byKey.put(key(cue), new ArrayList<>());
                }
                byKey.get(key(cue)).add(cue);
            }
        }
        List<FactualityCue> all = new ArrayList<>();
        byKey.values().forEach(all::addAll);
        return new FactualityCues(all);
    }

    private static String key(FactualityCue cue) {
        return cue.phrase() + "\t" + cue.on();
    }

    private static FactualityCue parse(TsvReader.Row row) {
        List<String> f = row.fields();
        FactualityCue.MatchOn on = switch (f.get(1)) {
            case "W" -> FactualityCue.MatchOn.WORD;
            case "L" -> FactualityCue.MatchOn.LEMMA;
            default -> throw new IllegalArgumentException("match must be W (word) or L (lemma): '" + f.get(1) + "'");
        };
        return new FactualityCue(LemmaPattern.parse(f.get(0)), on, enumOf(FactualityCue.Kind.class, f.get(2)),
                enumOf(Factuality.class, f.get(3)), enumOf(FactualityCue.Scope.class, f.get(4)), row.where());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + name + "'");
        }
    }

    /**
     * Every cue in a sentence, left to right; at each position the longer of the word match and the lemma match
     * wins ("is expected to" over "is").
     *
     * @param words the surface words
     * @param lemmas their lemmas, parallel to {@code words}
     */
    public List<CueMatch> find(List<String> words, List<String> lemmas) {
        List<String> w = Lemmas.lower(words);
        List<String> l = Lemmas.lower(lemmas);
        if (w.size() != l.size()) {
            throw new IllegalArgumentException(w.size() + " words but " + l.size() + " lemmas");
        }
        List<CueMatch> out = new ArrayList<>();
        boolean[] used = new boolean[w.size()];
        for (int i = 0; i < w.size(); i++) {
            if (used[i]) {
                continue;
            }
            Optional<CueMatch> best = better(match(byWord, w, i), match(byLemma, l, i));
            best.ifPresent(m -> {
                out.add(m);
                m.positions().forEach(p -> used[p] = true);
            });
        }
        return out;
    }

    private static Optional<CueMatch> match(PhraseIndex<FactualityCue> index, List<String> words, int i) {
        return index.longestAt(words, i, c -> true).map(hit -> {
            List<Integer> positions = new ArrayList<>();
            for (int p : hit.pattern().positionsAt(words, i)) {
                positions.add(p);
            }
            return new CueMatch(hit.start(), hit.end(), positions, hit.values());
        });
    }

    private static Optional<CueMatch> better(Optional<CueMatch> a, Optional<CueMatch> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        int na = a.get().positions().size();
        int nb = b.get().positions().size();
        if (na != nb) {
            return na > nb ? a : b;
        }
        return a.get().end() <= b.get().end() ? a : b;
    }

    /** The one-word cues matched on surface words, e.g. {@code "n't"}, {@code "reportedly"}. */
    public List<FactualityCue> lookupWord(String word) {
        return single(FactualityCue.MatchOn.WORD, word);
    }

    /** The one-word cues matched on lemmas, e.g. {@code "suspect"}, {@code "say"}. */
    public List<FactualityCue> lookupLemma(String lemma) {
        return single(FactualityCue.MatchOn.LEMMA, lemma);
    }

    private List<FactualityCue> single(FactualityCue.MatchOn on, String text) {
        String t = Objects.requireNonNull(text, "text").toLowerCase(Locale.ROOT);
        return cues.stream().filter(c -> c.on() == on && c.phrase().tokens().equals(List.of(t))).toList();
    }

    /** Every cue, in load order. */
    public List<FactualityCue> cues() {
        return cues;
    }
}
