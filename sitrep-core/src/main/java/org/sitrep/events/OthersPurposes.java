package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Token;

/**
 * The purposes of other acts inside a trigger's clause: "prevented the demonstration staged by students ... to
 * protest the sending of troops to Iraq". A to-infinitive on a word other than the trigger and the verbs it
 * controls says what another act is for, not whom this one is aimed at, nor a state that may stand behind it
 * (the domestic rule's guard).
 */
final class OthersPurposes {

    private OthersPurposes() {
    }

    /** The tokens of the clause that belong to another act's purpose. */
    static List<Token> in(Parse parse, Token trigger, List<Token> clause) {
        List<Token> own = new ArrayList<>(List.of(trigger));
        for (int i = 0; i < own.size() && i < 4; i++) {
            own.addAll(parse.children(own.get(i), "xcomp"));
        }
        List<Token> purposes = new ArrayList<>();
        clause.stream().filter(t -> !own.contains(t)).forEach(t -> Stream.of("acl", "advcl", "xcomp")
                .flatMap(rel -> parse.children(t, rel).stream()).filter(c -> infinitive(parse, c))
                .forEach(c -> purposes.addAll(parse.subtree(c, List.of(), null))));
        return purposes;
    }

    /**
     * The actors the sentence names outside the purposes of other acts: those that may stand beside the act
     * ("Russia-backed rebels"), unlike a state named in what someone else's act is for ("a hunger strike to
     * protest against Sweden's decision to send them back to Bulgaria").
     */
    static List<String> namedBeside(Parse parse, ActorSet actors, Token trigger) {
        List<Token> tokens = new ArrayList<>(parse.sentence().tokens());
        tokens.removeAll(in(parse, trigger, tokens));
        Set<String> ids = new LinkedHashSet<>();
        tokens.forEach(t -> ids.addAll(actors.idsAt(t.span().start(), t.span().end())));
        return List.copyOf(ids);
    }

    private static boolean infinitive(Parse parse, Token verb) {
        return Parse.verb(verb) && parse.exactly(verb, "mark").stream().anyMatch(m -> Parse.lower(m).equals("to"));
    }
}
