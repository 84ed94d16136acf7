package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/** A clause negated by its subject: "no state", "nobody", "neither China nor Iran". */
final class NegatedSubjects {

    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("neither", "no", "none", "nobody", "nothing");

    private NegatedSubjects() {
    }

    /** Whether the clause of this head has a negative subject. */
    static boolean negate(Parse parse, Token head) {
        boolean negativeSubject = parse.sentence().dependents(head).stream()
                .anyMatch(e -> e.is("nsubj") && !e.extra() && negativeSubject(parse, parse.token(e.dependent())));
        return negativeSubject || Parse.verb(head) && neitherNorBefore(parse, head);
    }

    /**
     * "neither China, Iran, nor Russia will": a neither-nor pair before the verb with nothing but modals
     * between, however the parser attached the coordination (it often hangs it off an opening phrase).
     */
    private static boolean neitherNorBefore(Parse parse, Token verb) {
        List<Token> tokens = parse.sentence().tokens();
        int nor = -1;
        for (int i = verb.index() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            String w = Parse.lower(t);
            if (nor < 0 && Parse.verb(t)) {
                return false;
            }
            if (w.equals("nor")) {
                nor = i;
            } else if (w.equals("neither") && nor > i) {
                return true;
            } else if (nor >= 0 && Parse.verb(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean negativeSubject(Parse parse, Token subject) {
        if (NEGATIVE_SUBJECTS.contains(Parse.lower(subject))) {
            return true;
        }
        for (Dependency edge : parse.sentence().dependents(subject)) {
            if ((edge.is("det") || edge.is("cc:preconj")) && NEGATIVE_SUBJECTS.contains(Parse.lower(parse.token(edge.dependent())))) {
                return true;
            }
        }
        return false;
    }
}
