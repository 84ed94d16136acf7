package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.nlp.Token;

/**
 * Gives a country to the people and bodies of a sentence that the dictionary does not know, from the words
 * around them:
 *
 * <ul>
 *   <li>a person right after a state's or an international body's role ("Ugandan President Yoweri Museveni",
 *       "Arab League Secretary General X", "Israel's prime minister,
 *       Ehud Barak") is of that state, with the role's sector;</li>
 *   <li>a person with a title and "of" a state after the name ("President Museveni of Uganda") is of that
 *       state;</li>
 *   <li>a person with a title and no state of his own ("President Yoweri Museveni banned Ugandan
 *       opposition candidates") is of the one state the sentence names, when it names exactly one: news
 *       leaves out the country of a leader whose country the story is about;</li>
 *   <li>"the Security Council" and "the General Assembly" with no state before them are the United
 *       Nations' bodies.</li>
 * </ul>
 *
 * A later bare surname of the same person takes the same code (see {@link ActorRecognizer}).
 */
final class TitledPeople {

    /** What may stand between a state's role and the name: "Israeli Prime Minister X", "Israel's premier, X". */
    private static final Pattern ATTACHED = Pattern.compile("[\\s,]*");

    /** "of" and an optional "the" between a name and its state: "President Museveni of Uganda". */
    private static final Pattern OF_STATE = Pattern.compile("\\s+of\\s+(the\\s+)?");

    /** What may stand between a state and a body of its own: "Russia's Security Council". */
    private static final Pattern OWNER = Pattern.compile("\\s*('s?)?\\s*");

    /** "in" or a like preposition, with an optional "the", right before a state: "curfew in Sudan". */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(in|inside|across|throughout|within)\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** A comma and an optional "the" between a name and its role: "X, the UN envoy". */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*(the\\s+)?");

    /** A capitalised word right after a body's name, the start of a title: "UN Emergency Relief Coordinator". */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s+(?:[A-Z][a-z]+[\\s-]*)+");

    /** A comma between a place and its state: "Bam, Iran". */
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /** Bare names of United Nations bodies, as written, and the dictionary name they stand for. */
    private static final List<String[]> UN_BODIES = List.of(
            new String[] {"Security Council", "UN Security Council"},
            new String[] {"General Assembly", "UN General Assembly"});

    private TitledPeople() {
    }

    /** The sentence's candidates with the countries the context gives; the others unchanged. */
    static List<Candidate> apply(String text, List<Token> tokens, List<Candidate> found, ActorDictionary dictionary,
                                 LocalDate date) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(resolve(text, tokens, found, c, dictionary, date));
        }
        return out;
    }

    private static Candidate resolve(String text, List<Token> tokens, List<Candidate> found, Candidate c,
                                     ActorDictionary dictionary, LocalDate date) {
        ActorKey key = c.key();
        if (key.code() != null || key.country() != null) {
            return c;
        }
        if (key.kind() == ActorKind.ORGANISATION) {
            return unBody(text, found, c, dictionary, date);
        }
        if (key.kind() == ActorKind.OTHER) {
            return place(text, found, c);
        }
        if (key.kind() != ActorKind.PERSON) {
            return c;
        }
        ActorKey known = attached(text, found, c);
        known = known != null ? known : appositive(text, found, c);
        if (known == null) {
            Optional<Sector> title = title(tokens, c, dictionary);
            if (title.isPresent()) {
                String country = stateAfter(text, found, c);
                country = country != null ? country : onlyState(text, found);
                known = country == null ? null : new ActorKey(null, country, title.get(), ActorKind.PERSON,
                        key.name());
            }
        }
        return known == null ? c : new Candidate(known, c.start(), c.end(), c.name(), c.modifier());
    }

    /** The person with the state and sector of a role mention right before the name, or null. */
    private static ActorKey attached(String text, List<Candidate> found, Candidate person) {
        for (Candidate r : found) {
            if (!r.name() && (r.key().kind() == ActorKind.COUNTRY || r.key().kind() == ActorKind.IGO)
                    && r.key().sector() != null
                    && r.end() <= person.start()
                    && ATTACHED.matcher(text.substring(r.end(), person.start())).matches()) {
                return new ActorKey(null, r.key().country(), r.key().sector(), ActorKind.PERSON,
                        person.key().name());
            }
        }
        return null;
    }

    /**
     * The person with the state or body of the role set after the name as an apposition: "Sergei Lavrov,
     * Russia's foreign minister", "X, the United Nations Emergency Relief Coordinator". A state's name alone
     * after the comma is a list, not a role ("Barak, Egypt and Jordan").
     */
    private static ActorKey appositive(String text, List<Candidate> found, Candidate person) {
        for (Candidate r : found) {
            if (r.start() <= person.end() || !APPOSITION.matcher(text.substring(person.end(), r.start())).matches()
                    || r.key().sector() == null) {
                continue;
            }
            boolean role = !r.name() && r.key().kind() == ActorKind.COUNTRY;
            boolean body = r.key().kind() == ActorKind.IGO && TITLE_AFTER.matcher(text).region(r.end(),
                    text.length()).lookingAt();
            if (role || body) {
                return new ActorKey(null, r.key().country(), r.key().sector(), ActorKind.PERSON, person.key().name());
            }
        }
        return null;
    }

    /**
     * The sector of the title right before the name ("President", "Prime Minister", "Judge"), or empty when
     * no title stands there.
     */
    private static Optional<Sector> title(List<Token> tokens, Candidate person, ActorDictionary dictionary) {
        int at = tokenEndingAt(tokens, person.start());
        if (at < 0) {
            return Optional.empty();
        }
        Token last = tokens.get(at);
        if (at > 0) {
            Optional<Sector> two = dictionary.role(tokens.get(at - 1).text() + " " + last.text());
            if (two.isPresent() && Character.isUpperCase(tokens.get(at - 1).text().charAt(0))) {
                return two;
            }
        }
        if (!Character.isUpperCase(last.text().charAt(0))) {
            return Optional.empty();
        }
        Optional<Sector> one = dictionary.role(last.text());
        if (one.isPresent() && !last.text().toLowerCase(Locale.ROOT).endsWith("s")) {
            return one;
        }
        return last.ner().equals("TITLE") ? Optional.of(Sector.GOV).filter(s -> head(last)) : Optional.empty();
    }

    /** Titles of office CoreNLP knows that dictionary roles lack ("Emperor", "Sultan"), not "Mr." or "Dr.". */
    private static boolean head(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        return !word.startsWith("mr") && !word.startsWith("mrs") && !word.startsWith("ms") && !word.startsWith("dr")
                && !word.equals("sir") && !word.equals("lady");
    }

    /** The index of the token that ends right before {@code start} (past spaces), or -1. */
    private static int tokenEndingAt(List<Token> tokens, int start) {
        int best = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() <= start) {
                best = i;
            }
        }
        return best >= 0 && tokens.get(best).span().end() >= start - 1 ? best : -1;
    }

    /** The state named right after "of": "President Museveni of Uganda". */
    private static String stateAfter(String text, List<Candidate> found, Candidate person) {
        for (Candidate s : found) {
            if (s.key().kind() == ActorKind.COUNTRY && s.start() > person.end()
                    && OF_STATE.matcher(text.substring(person.end(), s.start())).matches()) {
                return s.key().country();
            }
        }
        return null;
    }

    /**
     * The one state the sentence places things in, or null for none or more: a state as an adjective
     * ("Ugandan opposition"), a possessive ("Sudan's army"), a place or a state after "in" ("in Abidjan", "in
     * Sudan"). A state named on its own may be the one acted on ("President X threatened Russia"): it gives
     * no country, but it still counts as a second state.
     */
    private static String onlyState(String text, List<Candidate> found) {
        return onlyState(text, found, true);
    }

    private static String onlyState(String text, List<Candidate> found, boolean adjectives) {
        Set<String> states = new LinkedHashSet<>();
        Set<String> homes = new LinkedHashSet<>();
        for (Candidate c : found) {
            if (c.key().kind() == ActorKind.PERSON || c.key().country() == null) {
                continue;
            }
            states.add(c.key().country());
            String before = text.substring(Math.max(0, c.start() - 20), c.start());
            if (adjectives && c.modifier() || c.key().kind() == ActorKind.OTHER || LOCATIVE.matcher(before).find()
                    || text.startsWith("'s", c.end()) || text.startsWith("\u2019s", c.end())) {
                homes.add(c.key().country());
            }
        }
        return states.size() == 1 && homes.size() == 1 ? homes.iterator().next() : null;
    }

    /**
     * A place the dictionary does not know is in the state written right after it ("Bam, Iran"), or in the
     * one state the sentence is set in ("a curfew in Darfur after Sudan's army..."). An adjective does not
     * place it: "Iranian drones hit Kharkiv" says nothing of where Kharkiv is.
     */
    private static Candidate place(String text, List<Candidate> found, Candidate c) {
        String country = null;
        for (Candidate s : found) {
            if (s.key().kind() == ActorKind.COUNTRY && s.start() > c.end()
                    && COMMA.matcher(text.substring(c.end(), s.start())).matches()) {
                country = s.key().country();
            }
        }
        country = country != null ? country : onlyState(text, found, false);
        return country == null ? c : new Candidate(new ActorKey(null, country, null, ActorKind.OTHER,
                c.key().name()), c.start(), c.end(), c.name(), c.modifier());
    }

    /** "the Security Council" with no state before it is the United Nations'. */
    private static Candidate unBody(String text, List<Candidate> found, Candidate c, ActorDictionary dictionary,
                                    LocalDate date) {
        for (String[] body : UN_BODIES) {
            if (!c.key().name().equals(body[0]) || ownedByState(text, found, c)) {
                continue;
            }
            List<AliasMatch> un = dictionary.lookup(body[1]);
            if (!un.isEmpty()) {
                return new Candidate(ActorKey.of(un.get(0), null, date), c.start(), c.end(), c.name(), c.modifier());
            }
        }
        return c;
    }

    private static boolean ownedByState(String text, List<Candidate> found, Candidate body) {
        return found.stream().anyMatch(s -> s.key().kind() == ActorKind.COUNTRY && s.end() <= body.start()
                && OWNER.matcher(text.substring(s.end(), body.start())).matches());
    }
}
