package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Whether an act's actors include a state named as such: its proper name, not in a prepositional phrase
 * ("Thailand pressed for a hotline", "the UK has urged an end to the violence"). Such a state does not act
 * on itself, so {@link DomesticTarget}'s convention does not make it its own target: with no one named, the
 * recipient is unknown. The convention stays for the state's people and parts, named by an adjective or a
 * sector ("Algerian landowners", "students throughout Indonesia", "Iraq's interim government"). Nor does
 * it hold for an act whose subject is a pronoun ("she warned that the offer would lapse"): the party was
 * named in another sentence, acting on someone named there, which one sentence cannot tell.
 */
final class StateAsSuch {

    private StateAsSuch() {
    }

    /** The actors that may act on their own state: none when a state named as such is among them. */
    static List<String> actingAtHome(Parse parse, ActorSet actors, List<String> who, Token head) {
        // "she warned that the offer would not stay open": a party named in another sentence was acting on
        // someone named there, not on its own state
        if (pronounSubject(parse, head)) {
            return List.of();
        }
        for (Token t : parse.sentence().tokens()) {
            if (t.pos().startsWith("NNP") && !inPhrase(parse, t)
                    && actors.idsAt(t.span().start(), t.span().end()).stream()
                    .anyMatch(id -> who.contains(id) && state(actors.byId(id)))) {
                return List.of();
            }
        }
        return who;
    }

    /** True when the nearest subject of the act, or of the verb it is the object of, is a pronoun. */
    private static boolean pronounSubject(Parse parse, Token head) {
        Token verb = head;
        if (Parse.noun(head)) { // "made a threat": the light verb's subject is the act's
            verb = parse.up(head).filter(up -> up.is("obj")).map(up -> parse.token(up.governor())).orElse(head);
        }
        for (int step = 0; step < 4 && Parse.verb(verb); step++) {
            List<Token> subjects = parse.exactly(verb, "nsubj");
            if (!subjects.isEmpty()) {
                return subjects.stream().allMatch(Parse::pronoun);
            }
            Optional<Dependency> up = parse.up(verb);
            if (up.isEmpty() || !up.get().is("xcomp") && !up.get().is("conj")) {
                return false;
            }
            verb = parse.token(up.get().governor());
        }
        return false;
    }

    /** A state with no sector: the state itself, not its government, army or people. */
    private static boolean state(Actor a) {
        return "country".equals(a.kind()) && a.sector() == null && a.country() != null;
    }

    /**
     * True unless the name heads a party of the clause: one in a prepositional phrase ("throughout
     * Indonesia") is a place, one that owns or modifies a noun ("Nicaragua's government", "Nigerian
     * elders") names a part of the state or its people.
     */
    private static boolean inPhrase(Parse parse, Token name) {
        Token head = name;
        // "the UK" and "Great Britain" are headed by their last word, "Egypt and Jordan" by the first; a
        // common noun over the name ("Norway's farmers", "Ibo elders") is another party
        Optional<Dependency> inside = parse.up(head).filter(up -> up.is("compound") || up.is("flat") || up.is("conj"));
        while (inside.isPresent() && parse.token(inside.get().governor()).pos().startsWith("NNP")) {
            head = parse.token(inside.get().governor());
            inside = parse.up(head).filter(up -> up.is("compound") || up.is("flat") || up.is("conj"));
        }
        Optional<Dependency> up = parse.up(head);
        return up.isPresent() && !up.get().is("nsubj");
    }
}
