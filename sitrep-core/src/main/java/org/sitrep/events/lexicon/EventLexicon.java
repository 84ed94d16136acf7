package org.sitrep.events.lexicon;

import org.sitrep.pipeline.DataFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The event triggers sitrep knows, read from the bundled {@code org/sitrep/events/triggers.tsv} (its header
 * documents the format) and from optional user files in the same format, and found in a sentence by longest
 * match over its lemmas.
 *
 * <pre>{@code
 * EventLexicon lexicon = EventLexicon.load(List.of(Path.of("my-triggers.tsv")));
 * List<TriggerMatch> found = lexicon.find(List.of("iran", "call", "on", "the", "un", "to", "act"));
 * found.get(0).first().type();   // REQUEST, from "call on"
 * }</pre>
 *
 * <p>A user file overrides by phrase and word class: the first line in a user file for a (phrase, class) drops
 * every sense read before for it, and its later lines for it add senses; a line with type {@code -} silences the
 * phrase. Instances are immutable and safe to share between threads; load one per process.
 */
public final class EventLexicon {

    private final List<TriggerParser.Line> lines;
    private final PhraseIndex<TriggerParser.Line> index;
    private final CameoTable cameo;

    private EventLexicon(List<TriggerParser.Line> lines, CameoTable cameo) {
        this.lines = List.copyOf(lines);
        this.index = new PhraseIndex<>(this.lines, TriggerParser.Line::pattern);
        this.cameo = cameo;
    }

    /** The bundled lexicon alone. */
    public static EventLexicon bundled() {
        return load(List.of());
    }

    /**
     * The bundled lexicon with user files applied in order.
     *
     * @throws DataFileException for a malformed line, naming file and line
     * @throws java.io.UncheckedIOException when a file cannot be read
     */
    public static EventLexicon load(List<Path> extra) {
        Objects.requireNonNull(extra, "extra");
        CameoTable cameo = CameoTable.bundled();
        TriggerParser parser = new TriggerParser(cameo);
        Map<String, List<TriggerParser.Line>> byKey = new LinkedHashMap<>();
        for (TsvReader.Row row : TsvReader.resource("triggers.tsv", TriggerParser.FIELDS)) {
            TriggerParser.Line line = parser.parse(row);
            byKey.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(line);
        }
        for (Path file : extra) {
            Set<String> seen = new HashSet<>();
            for (TsvReader.Row row : TsvReader.file(file, TriggerParser.FIELDS)) {
                TriggerParser.Line line = parser.parse(row);
                if (seen.add(line.key())) {
                    byKey.put(line.key(), new ArrayList<>());
                }
                byKey.get(line.key()).add(line);
            }
        }
        List<TriggerParser.Line> all = new ArrayList<>();
        byKey.values().forEach(all::addAll);
        return new EventLexicon(all, cameo);
    }

    /**
     * Every trigger in a sentence, left to right, by longest match at each word.
     *
     * @param lemmas the sentence's lemmas (lower-cased here)
     */
    public List<TriggerMatch> find(List<String> lemmas) {
        return find(lemmas, null);
    }

    /**
     * Every trigger in a sentence, keeping only senses whose word class fits the tag of their first word.
     *
     * @param lemmas the sentence's lemmas (lower-cased here)
     * @param tags part-of-speech tags parallel to {@code lemmas}, or null to ignore word classes
     */
    public List<TriggerMatch> find(List<String> lemmas, List<String> tags) {
        List<String> words = Lemmas.lower(lemmas);
        if (tags != null && tags.size() != words.size()) {
            throw new IllegalArgumentException(tags.size() + " tags for " + words.size() + " lemmas");
        }
        List<TriggerMatch> out = new ArrayList<>();
        for (PhraseIndex.Hit<TriggerParser.Line> hit : index.findAll(words, i -> accept(tags, i))) {
            toMatch(hit, words).ifPresent(out::add);
        }
        return out;
    }

    /** The longest trigger starting exactly at {@code from}, if any (a stop phrase gives none). */
    public Optional<TriggerMatch> longestAt(List<String> lemmas, int from) {
        List<String> words = Lemmas.lower(lemmas);
        Objects.checkIndex(from, words.size());
        return index.longestAt(words, from, l -> true).flatMap(hit -> toMatch(hit, words));
    }

    private static Predicate<TriggerParser.Line> accept(List<String> tags, int i) {
        return tags == null ? l -> true : l -> l.wordClass().accepts(tags.get(i));
    }

    private static Optional<TriggerMatch> toMatch(PhraseIndex.Hit<TriggerParser.Line> hit, List<String> words) {
        if (hit.values().stream().anyMatch(l -> l.entry() == null)) {
            return Optional.empty(); // a stop phrase wins over senses that match as far
        }
        List<TriggerEntry> senses = hit.values().stream().map(TriggerParser.Line::entry).toList();
        List<Integer> positions = new ArrayList<>();
        for (int p : hit.pattern().positionsAt(words, hit.start())) {
            positions.add(p);
        }
        return Optional.of(new TriggerMatch(hit.start(), hit.end(), positions, senses));
    }

    /** Every sense, in load order (stop phrases excluded). */
    public List<TriggerEntry> entries() {
        return lines.stream().map(TriggerParser.Line::entry).filter(Objects::nonNull).toList();
    }

    /** Every word used by a phrase, for a lemmatiser that needs to know the vocabulary. */
    public Set<String> vocabulary() {
        Set<String> words = new TreeSet<>();
        for (TriggerParser.Line l : lines) {
            l.pattern().tokens().stream().filter(t -> !t.equals(LemmaPattern.GAP)).forEach(words::add);
        }
        return words;
    }

    /** The CAMEO codes the lexicon may use. */
    public CameoTable cameo() {
        return cameo;
    }
}
