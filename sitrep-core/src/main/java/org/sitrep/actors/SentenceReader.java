package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the actor mentions of one sentence: dictionary names with the role words that give a state its
 * sector, then the named entities the dictionary does not know. Stateless; one per recognizer.
 */
final class SentenceReader {

    /** Words that join the names of a list: "China, Iran and Russia". */
    static final Set<String> JOINERS = Set.of(",", "and", "or", "&", "the");

    /** Prepositions after which a capital is the city, not its government: "talks in Kabul". */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "around", "across",
            "inside", "within", "into", "throughout");

    /** Entity labels that make an actor or a place when the dictionary does not know the name. */
    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY",
            "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY", "MISC");

    /**
     * Last words of role phrases that name an institution rather than a person: "the Indonesian Navy" is a
     * name, "the Afghan Ambassador" a title.
     */
    private static final Set<String> INSTITUTIONS = Set.of("army", "navy", "force", "forces", "guard", "marines",
            "military", "ministry", "department", "office", "government", "administration", "cabinet", "parliament",
            "senate", "congress", "assembly", "court", "judiciary", "police", "embassy", "consulate", "agency",
            "intelligence", "legislature", "council", "party", "media");

    private final ActorDictionary dictionary;

    SentenceReader(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** A dictionary phrase of the sentence, in token indices, with the actor it names (null for a role). */
    private record Found(PhraseMatch match, AliasMatch actor) {
        int from() {
            return match.start();
        }

        int to() {
            return match.end();
        }
    }

    /** The mentions of one sentence, in text order. */
    List<Candidate> read(Sentence sentence, List<Entity> entities, LocalDate date) {
        List<Token> tokens = sentence.tokens();
        List<Found> found = dictionaryPhrases(tokens);
        List<Entity> unknown = unknownEntities(sentence, entities, found);
        java.util.Map<Entity, String> homes = new java.util.HashMap<>();
        for (Entity entity : unknown) {
            homes.put(entity, stateInside(entity, found, tokens, date));
        }
        found.removeIf(f -> unknown.stream().anyMatch(e -> e.firstToken() <= f.from() && f.to() <= e.endToken()));
        List<Candidate> out = new ArrayList<>();
        boolean[] used = new boolean[found.size()];
        for (int i = 0; i < found.size(); i++) {
            if (used[i] || found.get(i).actor() == null) {
                continue;
            }
            int last = runEnd(found, i, tokens);
            int role = roleAfter(found, last, tokens);
            if (role >= 0) {
                addRun(found, i, last, found.get(role), tokens, date, out);
                used[role] = true;
                i = last;
                continue;
            }
            int owner = roleBefore(found, i, tokens);
            Found f = found.get(i);
            Sector sector = owner >= 0 ? found.get(owner).match().role() : null;
            out.add(single(f, sector, tokens, date));
            if (owner >= 0) {
                out.add(new Candidate(out.get(out.size() - 1).key(), tokens.get(found.get(owner).from()).span().start(),
                        tokens.get(f.to() - 1).span().end(), false, false));
            }
        }
        for (Entity entity : unknown) {
            out.add(new Candidate(unknownKey(entity, homes.get(entity)), entity.span().start(),
                    entity.span().end(), true, false));
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    private List<Found> dictionaryPhrases(List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        for (PhraseMatch match : dictionary.findInTokens(tokens.stream().map(Token::text).toList())) {
            if (stance(tokens.get(match.start()).text()) || currency(tokens, match.end())) {
                continue;
            }
            if (!match.actors().isEmpty() && looksLikeName(tokens, match)) {
                found.add(new Found(match, match.actors().get(0)));
            } else if (match.role() != null) {
                found.add(new Found(match, null));
            }
        }
        return found;
    }

    /** A state's name right before a currency sign names the currency: "US $50 million", "NZ $26". */
    private static boolean currency(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).pos().equals("$");
    }

    /** "anti-Pakistani" and "pro-Russian" say whom a group is against or for, not who it is. */
    private static boolean stance(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.startsWith("anti-") || lower.startsWith("pro-");
    }

    /**
     * A name is a noun or adjective in at least one token ("Chad" the verb is not Chad), or an acronym in
     * capitals whatever its tag ("WHO" tagged a pronoun).
     */
    private static boolean looksLikeName(List<Token> tokens, PhraseMatch match) {
        for (int i = match.start(); i < match.end(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.startsWith("NN") || pos.startsWith("JJ") || NamePropagation.capitals(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The last dictionary actor of a list of states starting at {@code first}: "Chinese, Iranian and Russian". */
    private static int runEnd(List<Found> found, int first, List<Token> tokens) {
        int last = first;
        if (!isState(found.get(first))) {
            return last;
        }
        while (last + 1 < found.size() && isState(found.get(last + 1))
                && onlyJoiners(tokens, found.get(last).to(), found.get(last + 1).from())) {
            last++;
        }
        return last;
    }

    private static boolean isState(Found f) {
        return f.actor() != null && f.actor().entry().kind() == ActorKind.COUNTRY;
    }

    static boolean onlyJoiners(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!JOINERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The role word right after a state or a list of states, past a possessive and up to two adjectives:
     * "Pakistan's foreign minister", "the Chinese and Russian Foreign Ministers", "Iran's top diplomat".
     */
    private static int roleAfter(List<Found> found, int last, List<Token> tokens) {
        if (last + 1 >= found.size() || found.get(last + 1).actor() != null) {
            return -1;
        }
        int at = found.get(last).to();
        if (at < tokens.size() && tokens.get(at).pos().equals("POS")) {
            at++;
        }
        for (int skipped = 0; skipped < 2 && at < found.get(last + 1).from(); skipped++) {
            if (!tokens.get(at).pos().startsWith("JJ")) {
                return -1;
            }
            at++;
        }
        return at == found.get(last + 1).from() ? last + 1 : -1;
    }

    /** The role word before "of (the) State": "the foreign minister of Pakistan". */
    private static int roleBefore(List<Found> found, int i, List<Token> tokens) {
        if (i == 0 || !isState(found.get(i)) || found.get(i - 1).actor() != null) {
            return -1;
        }
        int at = found.get(i - 1).to();
        if (at >= tokens.size() || !tokens.get(at).text().equals("of")) {
            return -1;
        }
        at++;
        if (at < found.get(i).from() && tokens.get(at).text().equalsIgnoreCase("the")) {
            at++;
        }
        return at == found.get(i).from() ? i - 1 : -1;
    }

    /**
     * The states of a list with the sector of the role after it; the role words are a mention of each. A
     * single state with a capitalised institution right after it is also a name of its own, the state's name
     * nested in it ("the Indonesian Navy", "UK Government"), unless a
     * name follows; a capitalised person's role stays a title ("the Afghan Ambassador", "U.S. President").
     */
    private static void addRun(List<Found> found, int first, int last, Found role, List<Token> tokens,
                               LocalDate date, List<Candidate> out) {
        int roleStart = tokens.get(role.from()).span().start();
        int roleEnd = tokens.get(role.to() - 1).span().end();
        boolean properName = first == last && role.from() == found.get(first).to()
                && tokens.get(role.from()).pos().startsWith("NNP")
                && INSTITUTIONS.contains(tokens.get(role.to() - 1).text().toLowerCase(Locale.ROOT))
                && !(role.to() < tokens.size() && tokens.get(role.to()).pos().startsWith("NNP"));
        for (int k = first; k <= last; k++) {
            Found f = found.get(k);
            Candidate name = single(f, role.match().role(), tokens, date);
            out.add(name);
            if (properName) {
                out.add(new Candidate(name.key(), name.start(), roleEnd, true, false));
            }
            int start = first == last ? name.start() : roleStart;
            if (!properName) {
                out.add(new Candidate(name.key(), start, roleEnd, false, false));
            }
        }
    }

    /** One dictionary name: a state with a role's sector, a capital as a place, a demonym as its people. */
    private static Candidate single(Found f, Sector role, List<Token> tokens, LocalDate date) {
        AliasMatch actor = f.actor();
        int start = tokens.get(f.from()).span().start();
        int end = tokens.get(f.to() - 1).span().end();
        ActorKey key = ActorKey.of(actor, role, date);
        boolean modifier = false;
        if (actor.alias().form() == AliasForm.ADJECTIVE && f.from() > 0
                && tokens.get(f.from() - 1).text().equalsIgnoreCase("ethnic")) {
            // "ethnic Albanians in Macedonia" are a people, not Albania: no country but the one the sentence
            // sets them in (TitledPeople)
            String name = "ethnic " + tokens.get(f.from()).text();
            return new Candidate(new ActorKey(null, null, role != null ? role : Sector.CVL, ActorKind.OTHER, name),
                    start, end, true, false);
        }
        if (actor.alias().form() == AliasForm.SEAT && role == null && isPlace(f, tokens)) {
            key = new ActorKey(null, key.country(), null, ActorKind.OTHER, tokens.get(f.from()).text());
        } else if (actor.alias().form() == AliasForm.ADJECTIVE) {
            boolean noun = f.to() - f.from() == 1 && tokens.get(f.from()).pos().startsWith("NN")
                    && tokens.get(f.from()).text().endsWith("s");
            key = noun && role == null ? key.withSector(Sector.CVL) : key;
            modifier = !noun;
        }
        return new Candidate(key, start, end, true, modifier);
    }

    /** A capital after "in", "at", "near" is the city: "a meeting in Islamabad". */
    private static boolean isPlace(Found f, List<Token> tokens) {
        String seat = f.actor().alias().text();
        if (seat.startsWith("the ") || f.actor().alias().sector() != Sector.GOV || f.from() == 0) {
            return false;
        }
        return LOCATIVES.contains(tokens.get(f.from() - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Named entities of the sentence the dictionary does not cover. An entity that overlaps a dictionary
     * phrase without containing it is left to the dictionary; one that contains dictionary phrases and has
     * words of its own ("University of Tehran") is a name of its own and wins.
     */
    private List<Entity> unknownEntities(Sentence sentence, List<Entity> entities, List<Found> found) {
        List<Entity> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (Entity entity : entities.stream().map(e -> EntitySpans.withTitles(e, tokens))
                .flatMap(e -> PersonOfBody.split(e, tokens).stream()).toList()) {
            if (!NAMED.contains(entity.type()) || !plausible(entity, tokens) || currency(tokens, entity.endToken())) {
                continue;
            }
            boolean[] covered = new boolean[entity.endToken() - entity.firstToken()];
            boolean clash = false;
            for (Found f : found) {
                if (f.to() <= entity.firstToken() || f.from() >= entity.endToken()) {
                    continue;
                }
                clash |= f.from() < entity.firstToken() || f.to() > entity.endToken();
                for (int i = Math.max(f.from(), entity.firstToken()); i < Math.min(f.to(), entity.endToken()); i++) {
                    covered[i - entity.firstToken()] = true;
                }
            }
            if (!clash && ownWords(covered, entity, tokens)) {
                out.add(EntitySpans.trimmed(entity, tokens));
            }
        }
        return out;
    }

    /** Whether some word of the entity, other than "the" and punctuation, is not a dictionary phrase. */
    private static boolean ownWords(boolean[] covered, Entity entity, List<Token> tokens) {
        for (int i = 0; i < covered.length; i++) {
            Token token = tokens.get(entity.firstToken() + i);
            if (!covered[i] && token.text().chars().anyMatch(Character::isLetterOrDigit)
                    && !token.text().equalsIgnoreCase("the")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Not a false name: it has a capital letter and a word tagged a proper noun ("He", or "Officials" opening
     * a sentence, are not names).
     */
    private static boolean plausible(Entity entity, List<Token> tokens) {
        if (entity.text().chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        for (int i = entity.firstToken(); i < entity.endToken(); i++) {
            if (tokens.get(i).pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one state named inside an organisation's name or right before it ("Nigerian Union of Teachers",
     * "University of Tehran", "Ghana's Football Association"), the country the organisation belongs to; null
     * for none, for two, or for other kinds of names ("Northern Ireland" is not Ireland).
     */
    private static String stateInside(Entity entity, List<Found> found, List<Token> tokens, LocalDate date) {
        if (!entity.type().equals("ORGANIZATION")) {
            return null;
        }
        String country = null;
        for (Found f : found) {
            boolean before = f.to() == entity.firstToken()
                    || f.to() + 1 == entity.firstToken() && tokens.get(f.to()).pos().equals("POS");
            if (isState(f) && (before || entity.firstToken() <= f.from() && f.to() <= entity.endToken())) {
                String inside = ActorKey.of(f.actor(), null, date).country();
                if (country != null && !country.equals(inside)) {
                    return null;
                }
                country = inside;
            }
        }
        return country;
    }

    private static ActorKey unknownKey(Entity entity, String country) {
        ActorKind kind = switch (entity.type()) {
            case "PERSON" -> ActorKind.PERSON;
            // a building or site named like a body ("Johnson Space Center") is a place
            case "ORGANIZATION" -> HeadWords.facility(List.of(entity.text().split("\\s+")))
                    ? ActorKind.OTHER : ActorKind.ORGANISATION;
            // a place's name with a body's head word is a body: "Toronto Star"
            default -> HeadWords.body(List.of(entity.text().split("\\s+"))) && entity.text().contains(" ")
                    ? ActorKind.ORGANISATION : ActorKind.OTHER;
        };
        return new ActorKey(null, country, null, kind, entity.text());
    }
}
