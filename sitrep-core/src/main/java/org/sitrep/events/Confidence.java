package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.events.lexicon.TriggerEntry;
import org.sitrep.events.lexicon.TriggerMatch;
import org.sitrep.events.lexicon.WordClass;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * How sure the coder is of an act, from what it had to go on: a missing side, an ambiguous or nominal
 * trigger, a subordinate, purpose or demanded act, an order whose object is the act, actors a pronoun stands
 * for. The rules and their weights are listed in {@link EventCoder}'s comment.
 */
final class Confidence {

    private final Parse parse;
    private final List<TriggerMatch> matches;
    private final ActorSet actors;
    private final List<String> previous;

    /**
     * @param matches every trigger of the sentence
     * @param actors the actors named in the sentence
     * @param previous what a pronoun stood for before this sentence
     */
    Confidence(Parse parse, List<TriggerMatch> matches, ActorSet actors, List<String> previous) {
        this.parse = parse;
        this.matches = matches;
        this.actors = actors;
        this.previous = previous;
    }

/** The confidence of an act found at this trigger with these parties (rules in {@link EventCoder}). */
double of(TriggerMatch match, TriggerEntry entry, Token head, List<String> who, List<String> whom,
          boolean reciprocal) {
        double c = 0.9;
        c -= who.isEmpty() ? 0.3 : 0;
        c -= !reciprocal && whom.isEmpty() ? 0.1 : 0;
        c -= match.senses().size() > 1 ? 0.1 : 0;
        c -= entry.wordClass() == WordClass.VERB || Parse.verb(head) ? 0 : 0.1;
        c -= parse.mainClause(head) ? 0 : 0.1;
        c -= parse.purpose(head) || afterAThing(head) ? 0.2 : 0;
        c -= parse.ordersAnAct(head, otherPositions(matches, match)) ? 0.2 : 0;
        c -= entry.wordClass() != WordClass.MODAL && parse.demanded(head) ? 0.2 : 0;
        c -= !previous.isEmpty() && who.equals(previous) && !mentionedHere(who) ? 0.1 : 0;
        return Math.max(0.05, Math.round(c * 100) / 100.0);
    }

    /**
     * "began a hunger strike to demand the return of property": an infinitive after an object that names
     * nobody says what the act is for, unlike one after a party told to act ("urged the EC to support").
     */
    private boolean afterAThing(Token head) {
        Optional<Dependency> up = parse.up(head);
        if (up.isEmpty() || !up.get().is("xcomp") || !Parse.verb(head)
                || parse.exactly(head, "mark").stream().noneMatch(m -> Parse.lower(m).equals("to"))) {
            return false;
        }
        Token governor = parse.token(up.get().governor());
        // "ordered the radio station to suspend publication": a request's object is told to act
        boolean request = matches.stream().anyMatch(m -> m.positions().contains(governor.index())
                && m.senses().stream().anyMatch(e -> e.type() == PloverType.REQUEST));
        List<Token> objects = request ? List.of() : parse.exactly(governor, "obj");
        // the object's own words, not the places and parties its phrases name ("a strike outside Parliament")
        return !objects.isEmpty() && objects.stream().flatMap(o -> parse.subtree(o, List.of("nmod", "acl", "advcl",
                "ccomp", "xcomp", "parataxis"), null).stream())
                .allMatch(t -> actors.idsAt(t.span().start(), t.span().end()).isEmpty());
    }

    /** The word positions of a sentence's triggers other than this one. */
    static List<Integer> otherPositions(List<TriggerMatch> matches, TriggerMatch match) {
        return matches.stream().filter(m -> m != match).flatMap(m -> m.positions().stream()).toList();
    }

    private boolean mentionedHere(List<String> ids) {
        Sentence s = parse.sentence();
        return ids.stream().anyMatch(id -> actors.idsAt(s.span().start(), s.span().end()).contains(id));
    }
}
