package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;

/**
 * Finds the actors of an annotated document and resolves them for the article's date.
 *
 * <ul>
 *   <li>Dictionary names: states by name, adjective and demonym, capitals and seats of power (a
 *       government, unless a capital follows "in", "at", "near"...: then it is the city, an actor of kind
 *       {@code other} with its country and no code), bodies, armed groups, media, people.</li>
 *   <li>A role word after a state, a possessive or a list of states ("Pakistan's foreign minister", "the
 *       Chinese and Russian Foreign Ministers"), or before "of State", gives the state its sector; each
 *       (state, sector) pair is its own actor whose {@code code} is the ISO code and whose {@code sector} is the
 *       role's. A plural demonym used as a noun ("Afghans") is the state's civilians ({@code CVL}).</li>
 *   <li>Codes: {@code code} is the ISO alpha-3 code for a state (its sector in {@code sector}, never in the
 *       code: PAK with GOV, PAK with MIL), the dictionary id for everything else (TALIBAN with country AFG and
 *       sector REB or GOV by date), null for what the dictionary does not know.</li>
 *   <li>Named entities the dictionary does not know (people, organisations, places) are actors with a null
 *       code, of kind person, organisation or other. Places are kept rather than dropped (kind other, no
 *       sector): "in Balochistan" and "Balochistan's rebels" read alike to the tagger, and a consumer that
 *       wants only actors skips kind other. An adjective without a role ("Iranian drones") names the state
 *       with no sector, and is not an {@link ActorName}. A capital that opens a sentence or a lower-case word
 *       ("us") does not make an actor: dictionary names match with their capitals and an unknown name needs a
 *       word tagged proper noun. "anti-Pakistani" and "pro-Russian" name nobody. A single word that repeats the last word of an earlier
 *       person ("Mohib" after "Hamdullah Mohib") is that person, and a name found once is found wherever the
 *       same proper nouns recur (see {@link NamePropagation}).</li>
 *   <li>Names CoreNLP leaves untagged are found from evidence around them ({@link UntaggedNames}); buildings
 *       and sites are places by their head word ({@link HeadWords}); people and places the document names
 *       alone are names inside organisations' names too ({@link NestedNames}); a place a sports report uses as a
 *       team is an organisation ({@link SportsSides}); "the North" is the state the document names "North
 *       Korea" ({@link CompassStates}); a faith
 *       ("Islam") tagged as an organisation is nobody.</li>
 *   <li>A group word ("those four", "both sides") is a mention of each member of the latest list of that size
 *       (see {@link GroupAnaphora}).</li>
 * </ul>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ActorRecognizer {

    /** A possessive between two names: "Demosisto's Nathan Law". */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("\\s*['\u2019]s\\s+");

    private final SentenceReader reader;
    private final ActorDictionary dictionary;

    public ActorRecognizer(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.reader = new SentenceReader(Objects.requireNonNull(dictionary, "dictionary"));
    }

    /**
     * Every actor of the document, ids in order of first mention, each with all its mentions.
     *
     * @param articleDate the publication date the codes are resolved for, or null for the latest codes
     */
    public ActorSet recognize(AnnotatedText text, LocalDate articleDate) {
        return recognizeWithNames(text, articleDate).actors();
    }

    /** The actors, and which mentions are their names (for named-entity scoring). */
    public Recognition recognizeWithNames(AnnotatedText text, LocalDate articleDate) {
        Objects.requireNonNull(text, "text");
        Map<Integer, List<Entity>> entities = new HashMap<>();
        for (Entity entity : text.entities()) {
            entities.computeIfAbsent(entity.sentence(), k -> new ArrayList<>()).add(entity);
        }
        List<Candidate> all = new ArrayList<>();
        List<List<Candidate>> bySentence = new ArrayList<>();
        List<GroupAnaphora.Group> groups = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Candidate> found = new ArrayList<>(reader.read(sentence,
                    entities.getOrDefault(sentence.index(), List.of()), articleDate));
            found = new ArrayList<>(TitledPeople.apply(text.text(), sentence.tokens(), found, dictionary, articleDate));
            found.addAll(UntaggedNames.find(sentence.tokens(), found));
            groups.addAll(GroupAnaphora.groups(text.text(), found));
            found.addAll(GroupAnaphora.resolve(sentence, groups));
            found.addAll(DefiniteBodies.resolve(sentence, all, found)); // "The group did not respond"
            bySentence.add(found);
            all.addAll(found);
        }
        all.addAll(NamePropagation.propagate(text.text(), text.sentences(), bySentence));
        all.addAll(CompassStates.find(text.text(), all));
        all.removeIf(c -> c.key().code() == null && c.key().kind() == ActorKind.ORGANISATION
                && HeadWords.faith(c.key().name()));
        all = rekeyed(text.text(), all);
        all = SportsSides.apply(text.text(), text.sentences(), all);
        all.addAll(NestedNames.find(text, all, dictionary));
        return collect(text.text(), all);
    }

    /**
     * The candidates with two corrections that need the whole document: an unknown name that is the acronym in
     * brackets after another name is that name's actor ("Johnson Space Center (JSC)": "JSC" tagged an
     * organisation is the place); a two-word unknown organisation whose last word the document uses alone for a
     * person is that person ("Dries Mertens" tagged an organisation beside "Mertens" tagged a person).
     */
    private static List<Candidate> rekeyed(String text, List<Candidate> all) {
        Map<String, ActorKey> acronyms = NamePropagation.acronyms(text, all);
        java.util.Set<String> lastNames = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (c.name() && c.key().kind() == ActorKind.PERSON && c.key().code() == null) {
                String[] words = text.substring(c.start(), c.end()).split("\\s+");
                lastNames.add(words[words.length - 1]);
            }
        }
        java.util.Set<ActorKey> parties = partiesBeforePeople(text, all);
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            String said = text.substring(c.start(), c.end());
            ActorKey key = c.key();
            String[] words = said.split("\\s+");
            if (parties.contains(key)) {
                key = new ActorKey(null, key.country(), key.sector(), ActorKind.ORGANISATION, key.name());
            } else if (key.code() == null && acronyms.containsKey(said) && !key.equals(acronyms.get(said))) {
                key = acronyms.get(said);
            } else if (key.code() == null && key.kind() == ActorKind.ORGANISATION && words.length == 2
                    && lastNames.contains(words[1]) && !HeadWords.body(List.of(words))) {
                key = new ActorKey(null, key.country(), key.sector(), ActorKind.PERSON, key.name());
            }
            out.add(key == c.key() ? c : new Candidate(key, c.start(), c.end(), c.name(), c.modifier()));
        }
        return out;
    }

    /**
     * One word tagged a person before a possessive and a person's full name is the person's party or employer
     * ("Demosisto's Nathan Law"), unless the document names a person with that last name ("Trump's Mike
     * Pence" after "Donald Trump").
     */
    private static java.util.Set<ActorKey> partiesBeforePeople(String text, List<Candidate> all) {
        java.util.Set<String> lastNames = new java.util.HashSet<>();
        for (Candidate c : all) {
            String[] words = text.substring(c.start(), c.end()).split("\\s+");
            if (c.key().kind() == ActorKind.PERSON && words.length > 1) {
                lastNames.add(words[words.length - 1]);
            }
        }
        java.util.Set<ActorKey> out = new java.util.HashSet<>();
        for (Candidate c : all) {
            String said = text.substring(c.start(), c.end());
            boolean single = c.name() && c.key().kind() == ActorKind.PERSON && c.key().code() == null
                    && !said.contains(" ") && !lastNames.contains(said);
            java.util.regex.Matcher owner = POSSESSIVE.matcher(text).region(c.end(), text.length());
            if (single && owner.lookingAt() && all.stream().anyMatch(d -> d.start() == owner.end()
                    && d.key().kind() == ActorKind.PERSON && text.substring(d.start(), d.end()).contains(" "))) {
                out.add(c.key());
            }
        }
        return out;
    }

    /** Gives ids in order of first mention and gathers each actor's mentions. */
    private static Recognition collect(String text, List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        // a name repeated later (NamePropagation) may come first in the text: ids follow the text
        Map<ActorKey, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, ActorKey> surnames = new HashMap<>();
        List<Map.Entry<ActorKey, Candidate>> names = new ArrayList<>();
        for (Candidate candidate : sorted) {
            Mention mention = new Mention(candidate.start(), candidate.end(),
                    text.substring(candidate.start(), candidate.end()));
            ActorKey key = samePerson(candidate, mention.text(), surnames);
            List<Mention> list = mentions.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(mention)) {
                list.add(mention);
            }
            if (candidate.name()) {
                names.add(Map.entry(key, candidate));
            }
        }
        Map<ActorKey, String> ids = new HashMap<>();
        List<Actor> actors = new ArrayList<>();
        for (Map.Entry<ActorKey, List<Mention>> entry : mentions.entrySet()) {
            String id = "a" + (actors.size() + 1);
            ids.put(entry.getKey(), id);
            actors.add(entry.getKey().toActor(id, entry.getValue()));
        }
        List<ActorName> named = new ArrayList<>();
        for (Map.Entry<ActorKey, Candidate> name : names) {
            Candidate c = name.getValue();
            named.add(new ActorName(c.start(), c.end(), ids.get(name.getKey()), c.modifier()));
        }
        return new Recognition(new ActorSet(actors), named);
    }

    /**
     * An unknown person named by one word that is the last word of an earlier unknown person is that person;
     * so is a capital standing for its government or an unknown body named by that word ("Valeska Paris ...
     * Paris said": not France's government); remembers each person's last word for the ones after.
     */
    private static ActorKey samePerson(Candidate candidate, String text, Map<String, ActorKey> surnames) {
        ActorKey key = candidate.key();
        // a place after "in" stays a place: "Jack London ... in London"
        boolean alias = key.code() == null && key.kind() == ActorKind.ORGANISATION
                || key.kind() == ActorKind.COUNTRY && !text.equals(key.name());
        if (candidate.name() && !candidate.modifier() && alias
                && surnames.containsKey(text)) {
            return surnames.get(text);
        }
        if (key.kind() != ActorKind.PERSON || key.code() != null) {
            return key;
        }
        String[] words = key.name().split("\\s+");
        if (words.length == 1 && surnames.containsKey(words[0])) {
            return surnames.get(words[0]);
        }
        if (words.length > 1) {
            surnames.putIfAbsent(words[words.length - 1], key);
        }
        return key;
    }
}
