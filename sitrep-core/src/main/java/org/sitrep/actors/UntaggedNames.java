package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.nlp.Token;

/**
 * Organisations that CoreNLP's three-class model leaves untagged, found from the words around a proper noun:
 *
 * <ul>
 *   <li>a run of untagged proper nouns right before a lower-case organisation noun is that organisation's name
 *       ("the Sea Org group", "the Scientology organization", "the M5S party", "Scientology officials");</li>
 *   <li>an untagged acronym after a person and "of" or "from" ("Ann Chiang of DAB", "Lee from the LSD"), or
 *       before a possessive and a person ("FTU's Alice Mak"), is the person's party or employer.</li>
 * </ul>
 *
 * Only the evidence makes the name: a proper noun opening a sentence, a month or a headline capital is left
 * alone. {@link NamePropagation} then finds the name wherever else the document repeats it.
 */
final class UntaggedNames {

    /** Lower-case nouns that say the proper noun before them is an organisation. */
    private static final Set<String> BODY_NOUNS = Set.of("organization", "organisation", "group", "party",
            "church", "movement", "sect", "militia", "faction", "union", "coalition", "alliance", "network",
            "company", "corporation", "officials", "spokesperson", "spokesman", "spokeswoman", "leadership");

    /** Words that put a name right after a body noun: "a group called X", "a militia named X". */
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed");

    /** Lower-case particles inside names of other languages: "Frente del Río", "Jabhat al-Nusra". */
    private static final Set<String> PARTICLES = Set.of("del", "de", "la", "las", "los", "da", "do", "dos", "du",
            "des", "al", "el", "bin", "ibn", "van", "von", "der");

    /** CoreNLP's labels for places. */
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /** Words that make a part of a state ("West Germany", "Greater China"), not a body. */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "New", "Old", "Mainland", "Democratic");

    /** An acronym: two to six capitals or digits, at least two capitals ("DAB", "M5S"). */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:.*[A-Z]){2})[A-Z][A-Z0-9]{1,5}");

    private UntaggedNames() {
    }

    /** The organisations of one sentence that no mention found so far covers. */
    static List<Candidate> find(List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        boolean headline = headline(tokens);
        int i = 1;
        while (i < tokens.size()) {
            int end = runEnd(tokens, i);
            if (end == i || properNoun(tokens.get(i - 1)) && stateBefore(tokens, i, found) == null) {
                i = Math.max(end, i + 1);
                continue;
            }
            int start = tokens.get(i).span().start();
            int stop = tokens.get(end - 1).span().end();
            int of = ofAt(tokens, i, end);
            int inner = of < 0 ? stop : tokens.get(of).span().end();
            // a place after "of" stays nested: "Municipality of Livorno"
            boolean free = found.stream().noneMatch(c -> c.start() < stop && start < c.end()
                    && !(inner <= c.start() && c.end() <= stop && c.key().kind() != ActorKind.PERSON));
            boolean owned = stateBefore(tokens, i, found) != null;
            ActorKind kind = free ? kind(tokens, i, end, headline, owned) : null;
            Candidate state = free && kind == null ? stateAfter(tokens, i, end, found) : null;
            Candidate owner = kind == ActorKind.ORGANISATION ? stateBefore(tokens, i, found) : null;
            if (owner != null) {
                String name = tokens.get(i - 1).text() + " " + words(tokens, i, end);
                out.add(new Candidate(new ActorKey(null, owner.key().country(), null, kind, name), owner.start(),
                        stop, true, false));
            } else if (kind != null) {
                out.add(new Candidate(new ActorKey(null, null, null, kind, words(tokens, i, end)), start, stop,
                        true, false));
            } else if (state != null) {
                String name = words(tokens, i, end) + " " + state.key().name();
                out.add(new Candidate(new ActorKey(null, state.key().country(), null, ActorKind.ORGANISATION, name),
                        start, state.end(), true, false));
            }
            i = end;
        }
        return out;
    }

    /**
     * What the evidence makes of the run: an organisation noun after it or an affiliation makes an organisation;
     * a head word (not in a headline, where every word has a capital) an organisation ("Episcopal Conference",
     * "the Administration", "the Canadian Press") or a place ("Weatherspoon Art Museum"); null for no evidence.
     * One capitalised word needs "the" or a state before it.
     */
    private static ActorKind kind(List<Token> tokens, int first, int end, boolean headline, boolean owned) {
        if (bodyNounAfter(tokens, end) || bodyNounBefore(tokens, first) || affiliation(tokens, first, end)) {
            return ActorKind.ORGANISATION;
        }
        List<String> words = new ArrayList<>();
        for (int i = first; i < end; i++) {
            words.add(tokens.get(i).text());
        }
        if (headline) {
            return null;
        }
        boolean shortName = words.size() == 1 && tokens.get(first - 1).text().equals("the");
        if (words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count() < 2 && !owned && !shortName) {
            return null;
        }
        if (HeadWords.body(words)) {
            return ActorKind.ORGANISATION;
        }
        return HeadWords.facility(words) && words.size() > 1 ? ActorKind.OTHER : null;
    }

    /**
     * A state's one-word name or adjective right before an organisation's name is part of it and gives its
     * country: "Nigerian Union of Teachers", "Italian Episcopal Conference" (the state stays nested).
     */
    private static Candidate stateBefore(List<Token> tokens, int first, List<Candidate> found) {
        Token before = tokens.get(first - 1);
        for (Candidate c : found) {
            if (c.start() == before.span().start() && c.end() == before.span().end() && c.name()
                    && c.key().kind() == ActorKind.COUNTRY && c.key().sector() == null) {
                return c;
            }
        }
        return null;
    }

    /**
     * A state named in full right after one or two untagged proper nouns, ending the name: "Environment Canada",
     * "Team Estonia" are bodies of their own (the state stays nested in them); "West Germany" is not.
     */
    private static Candidate stateAfter(List<Token> tokens, int first, int end, List<Candidate> found) {
        if (end - first > 2 || end >= tokens.size() || COMPASS.contains(tokens.get(first).text())) {
            return null;
        }
        int at = tokens.get(end).span().start();
        for (Candidate c : found) {
            boolean state = c.start() == at && c.name() && !c.modifier() && c.key().kind() == ActorKind.COUNTRY
                    && c.key().sector() == null && words(tokens, end, tokens.size()).startsWith(c.key().name());
            int after = end + c.key().name().split(" ").length;
            if (state && (after >= tokens.size() || !properNoun(tokens.get(after)))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The end of the run of untagged proper nouns (or acronyms) starting at {@code i}, with an "of (the)" and
     * more proper nouns after them ("Museum of Flight"); {@code i} for none.
     */
    private static int runEnd(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && untaggedName(tokens.get(end))) {
            end++;
            // "Frente del Río": a particle between two capitalised words of one name
            if (end + 1 < tokens.size() && PARTICLES.contains(tokens.get(end).text())
                    && untaggedName(tokens.get(end + 1))) {
                end++;
            }
        }
        if (end > i && end + 1 < tokens.size() && tokens.get(end).text().equals("of")) {
            int next = tokens.get(end + 1).text().equals("the") ? end + 2 : end + 1;
            int more = next;
            while (more < tokens.size() && (untaggedName(tokens.get(more)) || place(tokens.get(more)))) {
                more++;
            }
            return more > next ? more : end;
        }
        return end;
    }

    /** The index of the "of" inside the run, or -1. */
    private static int ofAt(List<Token> tokens, int first, int end) {
        for (int i = first + 1; i < end; i++) {
            if (tokens.get(i).text().equals("of")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean place(Token token) {
        return PLACES.contains(token.ner()) && token.pos().startsWith("NNP");
    }

    /** A title-case sentence (a headline): most of its words start with a capital. */
    private static boolean headline(List<Token> tokens) {
        long words = tokens.stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
        long capitals = tokens.stream().filter(t -> Character.isUpperCase(t.text().charAt(0))).count();
        return words >= 3 && capitals * 10 >= words * 6;
    }

    /**
     * An untagged noun with a capital (never the first word of a sentence: runs start after it), or a capitalised
     * role word ("the Supreme Court").
     */
    private static boolean untaggedName(Token token) {
        return (!token.inEntity() || token.ner().equals("TITLE")) && Character.isUpperCase(token.text().charAt(0))
                && token.pos().startsWith("NN");
    }

    static boolean acronym(Token token) {
        return token.pos().startsWith("NN") && ACRONYM.matcher(token.text()).matches();
    }

    private static boolean properNoun(Token token) {
        return token.pos().startsWith("NNP") && Character.isUpperCase(token.text().charAt(0));
    }

    /**
     * "the militant group Boko Haram", "localist group Civic Passion", "an armed group known as Frente del Río":
     * a lower-case body noun before, maybe with the words that name it between.
     */
    private static boolean bodyNounBefore(List<Token> tokens, int first) {
        int at = first - 1;
        if (at >= 2 && tokens.get(at).text().equals("as") && tokens.get(at - 1).text().equals("known")) {
            at -= 2;
        } else if (at >= 1 && NAMING.contains(tokens.get(at).text())) {
            at -= 1;
        }
        Token before = tokens.get(at);
        return BODY_NOUNS.contains(before.text()) && before.pos().startsWith("NN");
    }

    private static boolean bodyNounAfter(List<Token> tokens, int end) {
        return end < tokens.size() && BODY_NOUNS.contains(tokens.get(end).text())
                && tokens.get(end).pos().startsWith("NN");
    }

    /** "PERSON of (the) X", "PERSON from X", or "X 's PERSON", for a one-word acronym X. */
    private static boolean affiliation(List<Token> tokens, int first, int end) {
        if (end - first != 1 || !acronym(tokens.get(first))) {
            return false;
        }
        int before = first - 1;
        if (before > 0 && tokens.get(before).text().equalsIgnoreCase("the")) {
            before--;
        }
        String link = tokens.get(before).text().toLowerCase(Locale.ROOT);
        boolean after = (link.equals("of") || link.equals("from")) && before > 0
                && tokens.get(before - 1).ner().equals("PERSON");
        boolean owner = end + 1 < tokens.size() && tokens.get(end).pos().equals("POS")
                && tokens.get(end + 1).ner().equals("PERSON");
        return after || owner;
    }

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder joined = new StringBuilder(tokens.get(from).text());
        for (int i = from + 1; i < to; i++) {
            joined.append(' ').append(tokens.get(i).text());
        }
        return joined.toString();
    }
}
