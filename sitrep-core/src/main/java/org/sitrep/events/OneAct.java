package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.events.lexicon.TriggerEntry;
import org.sitrep.events.lexicon.TriggerMatch;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * One act, one event: trigger words that only spell out an act another trigger of the sentence reports give no
 * event of their own (PLOVER codes "signed a treaty" as one SUPPORT, "is ready to host a meeting between X and
 * Y" as one AGREE, "rejected an offer to host a summit" as one REJECT):
 * <ul>
 *   <li>a cooperative noun that a cooperative verb acts on, with no owner of its own, is that verb's act:
 *       "signed an agreement", "hosted talks", "offered aid", "welcomed the deal" (not what a concession lets
 *       others do: "allowed the delivery of aid");</li>
 *   <li>a cooperative act an offer, promise or agreement is about ("ready to host talks", "agreed to share
 *       intelligence", "pledged to provide aid") is the content of that AGREE, not a second event;</li>
 *   <li>a verb joined to another of the same type with no object of its own ("will lend and grant 240 million
 *       dollars") is the same act; receiving a noun that is an act ("received an order of jets") hosts no
 *       visit;</li>
 *   <li>a hostile act that parties agree on ("agreed to start naval patrols") is planned together, no threat
 *       to anyone: it keeps its own type, not yet happened, rather than becoming a THREATEN.</li>
 * </ul>
 */
final class OneAct {

    private final Parse parse;
    private final List<TriggerMatch> matches;

    OneAct(Parse parse, List<TriggerMatch> matches) {
        this.parse = parse;
        this.matches = List.copyOf(matches);
    }

    /** Whether the trigger only spells out the act of another trigger of the sentence. */
    boolean partOfAnother(Token head, TriggerMatch match, TriggerEntry entry) {
        if (!cooperative(entry.type())) {
            return false;
        }
        return Parse.noun(head) && actedOn(head, match) || intended(head, match).isPresent()
                || Parse.verb(head) && (receivedAct(head, match, entry) || sharedObject(head, match, entry));
    }

    /**
     * "received an order of 40 jets", "received a suspension": what is received is an act of its own, no visit
     * hosted (CAMEO 043 is for receiving people).
     */
    private boolean receivedAct(Token verb, TriggerMatch match, TriggerEntry entry) {
        return entry.cameo().code().equals("043") && parse.exactly(verb, "obj").stream()
                .anyMatch(o -> Parse.noun(o) && senseAt(o, match).isPresent());
    }

    /**
     * "will lend and grant 240 million dollars": a verb joined to another trigger of the same type, with no object
     * of its own, is the same act said twice.
     */
    private boolean sharedObject(Token verb, TriggerMatch match, TriggerEntry entry) {
        Optional<Dependency> up = parse.up(verb);
        return up.isPresent() && up.get().is("conj") && parse.exactly(verb, "obj").isEmpty()
                && typeAt(parse.token(up.get().governor()), match).filter(t -> t == entry.type()).isPresent();
    }

    /**
     * "signed an agreement", "hosted a new round of talks": the noun, or the noun that counts it, is what a
     * cooperative verb acts on; a noun with an owner ("welcomed Japan's offer") is the owner's act, and what one
     * concedes ("allowed the delivery of grain") is another's act that the concession lets happen.
     */
    private boolean actedOn(Token noun, TriggerMatch match) {
        if (!parse.exactly(noun, "nmod:poss").isEmpty()) {
            return false;
        }
        Optional<Dependency> up = parse.up(noun);
        if (up.isPresent() && up.get().is("nmod:of") && Parse.noun(parse.token(up.get().governor()))) {
            up = parse.up(parse.token(up.get().governor()));
        }
        return up.isPresent() && (up.get().is("obj") || up.get().is("nsubj:pass"))
                && typeAt(parse.token(up.get().governor()), match)
                .filter(t -> cooperative(t) && t != PloverType.CONCEDE).isPresent();
    }

    /** Whether the act is what parties agree on: "agreed to start patrols", "agreed to resume talks". */
    boolean agreed(Token head, TriggerMatch match) {
        return intended(head, match).filter(AgreeSense::reciprocal).isPresent();
    }

    /**
     * The AGREE whose complement the act is: the trigger hangs on it as its complement ("ready to host"), or as
     * the object of that complement ("agreed to start patrols").
     */
    private Optional<AgreeSense> intended(Token head, TriggerMatch match) {
        Token current = head;
        for (int step = 0; step < 2; step++) {
            Optional<Dependency> up = parse.up(current);
            if (up.isEmpty()) {
                return Optional.empty();
            }
            Token governor = parse.token(up.get().governor());
            if (up.get().is("xcomp")) {
                return agreeAt(governor, match);
            }
            if (!up.get().is("obj") || step > 0) {
                return Optional.empty();
            }
            current = governor;
        }
        return Optional.empty();
    }

    private Optional<AgreeSense> agreeAt(Token word, TriggerMatch self) {
        return senseAt(word, self).filter(e -> e.type() == PloverType.AGREE)
                .map(e -> new AgreeSense(e.arguments().reciprocal()));
    }

    private Optional<PloverType> typeAt(Token word, TriggerMatch self) {
        return senseAt(word, self).map(TriggerEntry::type);
    }

    /** The usual sense, fit for the word's part of speech, of another trigger covering the word. */
    private Optional<TriggerEntry> senseAt(Token word, TriggerMatch self) {
        return matches.stream().filter(m -> m != self && m.positions().contains(word.index()))
                .flatMap(m -> m.senses().stream()).filter(e -> e.wordClass().accepts(word.pos())).findFirst();
    }

    private static boolean cooperative(PloverType type) {
        return type.quad() == PloverType.Quad.VERBAL_COOPERATION || type.quad() == PloverType.Quad.MATERIAL_COOPERATION;
    }

    /** An AGREE trigger and whether it is made together (agree with) rather than offered (ready to). */
    private record AgreeSense(boolean reciprocal) {
    }
}
