package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorEntry;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.AliasMatch;
import org.sitrep.actors.Mention;
import org.sitrep.actors.PhraseMatch;
import org.sitrep.actors.Resolution;

/**
 * The plainest actor finder: every dictionary phrase of a text becomes a mention of its entry, coded for the
 * article's date. It knows no people, no group mentions ("those four") and no roles without a country; the
 * actor recogniser does. It serves where a text must be coded without the language layer's entities (small
 * checks, tests of the event coder) and as a fallback that needs nothing but the dictionary.
 *
 * <p>An ambiguous phrase ("Congo") names its first entry. Safe to share between threads.
 */
public final class DictionaryActors {

    private final ActorDictionary dictionary;

    /** A finder over a dictionary, usually {@link ActorDictionary#bundled()}. */
    public DictionaryActors(ActorDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    /**
     * The actors a text names, ids {@code a1, a2, ...} in order of first mention.
     *
     * @param text the document text; mentions index it
     * @param date the article's date for the codes, or null for the latest codes
     */
    public ActorSet find(String text, LocalDate date) {
        Map<ActorEntry, List<Mention>> mentions = new LinkedHashMap<>();
        Map<ActorEntry, Resolution> codes = new LinkedHashMap<>();
        for (PhraseMatch match : dictionary.find(Objects.requireNonNull(text, "text"))) {
            if (match.actors().isEmpty()) {
                continue; // a role word alone ("troops") names nobody in particular
            }
            AliasMatch first = match.actors().get(0);
            mentions.computeIfAbsent(first.entry(), e -> new ArrayList<>())
                    .add(new Mention(match.start(), match.end(), match.text()));
            codes.putIfAbsent(first.entry(), first.resolve(date));
        }
        List<Actor> actors = new ArrayList<>();
        for (Map.Entry<ActorEntry, List<Mention>> e : mentions.entrySet()) {
            ActorEntry entry = e.getKey();
            Resolution code = codes.get(entry);
            String sector = code.sector() == null ? null : code.sector().name();
            actors.add(new Actor("a" + (actors.size() + 1), entry.name(), code.code(), code.country(), sector,
                    entry.kind().label(), e.getValue()));
        }
        return new ActorSet(actors);
    }
}
