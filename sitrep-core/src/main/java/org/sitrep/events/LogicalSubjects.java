package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Who does an act, as tokens of the parse: the agent of a passive, a subject or a controlled subject, or for a
 * noun or an infinitive the subject of the clause it belongs to ("imposed sanctions", "cut ties to pressure
 * it"), but not of a clause that only judges it ("criticised the terms of the loan") or that it came before.
 */
final class LogicalSubjects {

    private static final Set<String> PREPOSITIONS = Set.of("with", "of", "between", "against", "among", "from");
    private static final Set<String> OCCASIONS = Set.of("after", "before", "since", "following", "amid", "despite",
            "because_of", "in_response_to", "in_wake_of");
    private static final Set<String> JUDGING = Set.of("criticise", "criticize", "condemn", "denounce", "deplore",
            "welcome", "praise", "hail", "applaud", "reject", "oppose", "question", "dispute");
    private static final Set<String> ENDINGS = Set.of("end", "halt", "stop", "cessation", "pause");
    private static final Set<String> PARTAKING = Set.of("engage", "involve", "implicate", "embroil");

    private final Parse parse;

    LogicalSubjects(Parse parse) {
        this.parse = parse;
    }

    /** The subject heads of an act, {@code depth} steps up from where the search began (at most three). */
    List<Token> of(Token trigger, int depth) {
        if (parse.passive(trigger)) {
            List<Token> agents = parse.exactly(trigger, "obl:agent");
            agents = agents.isEmpty() ? parse.exactly(trigger, "obl:by") : agents;
            // "Serb forces were engaged in ethnic cleansing": who takes part in an act does it
            boolean part = depth > 0 && PARTAKING.contains(trigger.lemma().toLowerCase(Locale.ROOT));
            return agents.isEmpty() && part ? parse.exactly(trigger, "nsubj:pass") : agents;
        }
        List<Token> found = new ArrayList<>();
        if (!misreadInfinitive(trigger)) {
            found.addAll(parse.exactly(trigger, "nsubj"));
            // "doing enough to fight": the parser makes "enough" the controller; only a nominal can be
            parse.exactly(trigger, "nsubj:xsubj").stream().filter(t -> Parse.noun(t) || Parse.pronoun(t)
                    || t.pos().equals("CD")).forEach(found::add);
        }
        if (found.isEmpty() && !Parse.verb(trigger)) {
            // "the attack that Pakistan launched", "whatever means Pakistan might resort to"
            parse.exactly(trigger, "acl:relcl").forEach(c -> found.addAll(parse.exactly(c, "nsubj")));
        }
        if (!found.isEmpty() || depth > 2) {
            return found;
        }
        Optional<Dependency> up = parse.up(trigger);
        if (up.isEmpty()) {
            return found;
        }
        Token governor = parse.token(up.get().governor());
        String rel = up.get().relation();
        if ((rel.startsWith("acl") || rel.startsWith("advcl")) && infinitive(trigger)) {
            // "cut their ties with X to pressure it": the purpose is the act of whoever cut the ties
            if (Parse.verb(governor)) {
                return of(governor, depth + 1);
            }
            Optional<Dependency> clause = parse.up(governor);
            boolean argument = clause.isPresent() && (clause.get().is("obj") || clause.get().is("nsubj:pass"));
            return argument ? of(parse.token(clause.get().governor()), depth + 1) : List.of();
        }
        if (rel.startsWith("amod") || rel.startsWith("acl")) {
            return List.of(governor); // "a statement critical of X": the statement speaks
        }
        // "signed a pact after a string of attacks": what came before or caused the act is not its actor's
        boolean occasion = OCCASIONS.stream().anyMatch(o -> rel.equals("obl:" + o) || rel.equals("nmod:" + o))
                // "criticised the terms of the loan": what is judged is not the judge's own act
                || rel.equals("obj") && JUDGING.contains(governor.lemma().toLowerCase(Locale.ROOT))
                // "urged an end to the violence": the act to be ended is not the act of whoever asks
                || (rel.equals("nmod:to") || rel.equals("nmod:of"))
                && ENDINGS.contains(governor.lemma().toLowerCase(Locale.ROOT));
        if (rel.startsWith("conj") || rel.startsWith("xcomp")
                || !Parse.verb(trigger) && !occasion
                && (rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
            return of(governor, depth + 1);
        }
        return found;
    }

    private boolean infinitive(Token verb) {
        return Parse.verb(verb) && parse.exactly(verb, "mark").stream().anyMatch(m -> Parse.lower(m).equals("to"));
    }

    /**
     * "ties with the Taliban to pressure it" parsed as if the Taliban were to pressure: a to-infinitive whose
     * subject follows a preposition the parser took for a clause marker. That noun is the preposition's object.
     */
    private boolean misreadInfinitive(Token verb) {
        if (!infinitive(verb)) {
            return false;
        }
        return parse.exactly(verb, "mark").stream().anyMatch(m -> PREPOSITIONS.contains(Parse.lower(m)));
    }
}
