package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.events.lexicon.TriggerEntry;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Words of trade, sport and campaigning that only look like political acts, read from what they take:
 * <ul>
 *   <li>an offer, deal or order at a price ("offers the laptop for $700") is a sale, no AGREE or REQUEST;</li>
 *   <li>an order of a number of goods ("an order of 30 jets") is a purchase, not a command;</li>
 *   <li>beating a side named as a place or body ("Chicago beat Detroit"), beating someone out, or beating them
 *       for a place ("beaten out for first place") is a contest won, not an assault;</li>
 *   <li>a rally someone speaks at or addresses ("said at a rally", "told a rally") with nothing it is against
 *       is a meeting of supporters, not a protest;</li>
 *   <li>receiving something that names no one ("received the largest vote") hosts no visit.</li>
 * </ul>
 */
final class OtherSenses {

    /** Entity labels of a side that can be beaten in a game, but not beaten up: places and bodies. */
    private static final Set<String> SIDES = Set.of("CITY", "LOCATION", "ORGANIZATION", "STATE_OR_PROVINCE",
            "COUNTRY");
    /** Tags of punctuation that ends a clause or an aside. */
    private static final Set<String> PAUSES = Set.of(",", ":", ".", "-LRB-", "-RRB-");
    /** Entity labels of someone who can be received: people, their roles, bodies and states. */
    private static final Set<String> PEOPLE_LABELS = Set.of("PERSON", "TITLE", "ORGANIZATION", "COUNTRY",
            "NATIONALITY", "MISC", "CITY", "STATE_OR_PROVINCE", "LOCATION");
    /** What a host receives besides names: visitors, and the meetings they come for ("host talks"). */
    private static final Set<String> VISITORS = Set.of("delegation", "visitor", "guest", "counterpart", "envoy",
            "team", "group", "leader", "official", "minister", "president", "king", "queen", "prince", "pope",
            "talk", "meeting", "summit", "conference", "negotiation", "round", "dialogue", "session", "forum",
            "visit", "consultation", "gathering");
    private static final Set<String> SPEAKING = Set.of("say", "speak", "tell", "address", "declare", "announce");

    private final Parse parse;

    OtherSenses(Parse parse) {
        this.parse = parse;
    }

    /** Whether the trigger, in the sense chosen, reports a sale, a purchase, a game or a campaign meeting. */
    boolean notPolitical(Token head, TriggerEntry entry) {
        PloverType type = entry.type();
        boolean trade = (type == PloverType.AGREE || type == PloverType.REQUEST) && (priced(head) || goods(head));
        return trade || type == PloverType.ASSAULT && "beat".equals(entry.mode()) && Parse.verb(head) && contest(head)
                || type == PloverType.PROTEST && Parse.noun(head) && campaign(head)
                || entry.cameo().code().equals("043") && Parse.verb(head) && receivedThing(head);
    }

    /**
     * "received the largest vote", "received VIP attention", "have not received the materials": hosting a visit
     * (CAMEO 043) is receiving people, so an object that names no one (no name, role, nationality or pronoun,
     * no word for visitors) is something else received.
     */
    private boolean receivedThing(Token verb) {
        List<Token> objects = parse.exactly(verb, "obj");
        return !objects.isEmpty() && objects.stream().noneMatch(this::someone);
    }

    private boolean someone(Token object) {
        if (PEOPLE_LABELS.contains(object.ner()) || Parse.pronoun(object)
                || VISITORS.contains(object.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return parse.sentence().dependents(object).stream().filter(e -> !e.extra()
                && (e.is("compound") || e.is("amod") || e.is("nmod:poss") || e.is("nmod:of")))
                .anyMatch(e -> PEOPLE_LABELS.contains(parse.token(e.dependent()).ner()));
    }

    /**
     * "offers the tablet for $250", "offers the laptop in refurbished condition for $700": a price, "for" and a
     * sum of money, after the trigger and before the clause's punctuation. Read on the words, as the parser often
     * hangs such a phrase anywhere. A sum offered is no price ("offered $5 million in aid"): only "for" makes one.
     */
    private boolean priced(Token head) {
        List<Token> tokens = parse.sentence().tokens();
        for (int i = head.index() + 1; i + 1 < tokens.size() && !PAUSES.contains(tokens.get(i).pos()); i++) {
            if (Parse.lower(tokens.get(i)).equals("for") && money(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "an order of 30 jets", "an order of $2 billion": goods counted or priced. */
    private boolean goods(Token head) {
        return Parse.noun(head) && parse.exactly(head, "nmod:of").stream()
                .anyMatch(t -> money(t) || !parse.exactly(t, "nummod").isEmpty());
    }

    /** "$250": the tagger's sums of money, "this week" after it misread as the phrase's head. */
    private static boolean money(Token t) {
        return "MONEY".equals(t.ner());
    }

    /** "beat Detroit", "was beaten out by", "beat him for first place". */
    private boolean contest(Token verb) {
        for (Dependency e : parse.sentence().dependents(verb)) {
            Token t = parse.token(e.dependent());
            boolean side = (e.is("obj") || e.is("nsubj:pass")) && SIDES.contains(t.ner());
            boolean out = e.is("compound:prt") && Parse.lower(t).equals("out");
            boolean place = e.is("obl:for") && parse.exactly(t, "amod").stream().anyMatch(a -> "ORDINAL".equals(a.ner()));
            if (!e.extra() && (side || out || place)) {
                return true;
            }
        }
        return false;
    }

    /** "said at a rally", "told a rally in Mombasa": the rally is where someone speaks, against nothing. */
    private boolean campaign(Token noun) {
        Optional<Dependency> up = parse.up(noun);
        boolean spokenAt = up.isPresent() && (up.get().is("obl:at") || up.get().is("obj") || up.get().is("iobj"))
                && SPEAKING.contains(parse.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
        boolean against = parse.sentence().dependents(noun).stream()
                .anyMatch(e -> e.is("nmod:against") || e.is("nmod:over"));
        return spokenAt && !against;
    }
}
