package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * "The group did not respond": a definite body noun in the singular stands for the organisation or armed group
 * named last before it, within the last few sentences ("an armed group known as Frente del Río ... The group").
 * With none named, it names nobody; "the group's leader" is the group too, "the group of seven" is not.
 */
final class DefiniteBodies {

    private static final Set<String> BODIES = Set.of("group", "organisation", "organization", "movement",
            "militia", "faction", "network", "outfit", "insurgency");
    /** How far back, in characters, the body may have been named: a few sentences of news. */
    private static final int REACH = 1_500;

    private DefiniteBodies() {
    }

    /** A mention of the body each definite body noun of the sentence refers back to, among earlier ones. */
    static List<Candidate> resolve(Sentence sentence, List<Candidate> earlier) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token noun = tokens.get(i + 1);
            boolean definite = tokens.get(i).text().equalsIgnoreCase("the") && noun.pos().equals("NN")
                    && BODIES.contains(noun.text().toLowerCase(Locale.ROOT));
            boolean head = i + 2 >= tokens.size() || !tokens.get(i + 2).pos().startsWith("NN")
                    && !tokens.get(i + 2).text().equals("of");
            if (definite && head) {
                int start = tokens.get(i).span().start();
                Candidate body = latest(earlier, start);
                if (body != null) {
                    out.add(new Candidate(body.key(), start, noun.span().end(), false, false));
                }
            }
        }
        return out;
    }

    private static Candidate latest(List<Candidate> earlier, int before) {
        Candidate best = null;
        for (Candidate c : earlier) {
            boolean body = c.key().kind() == ActorKind.ORGANISATION || c.key().kind() == ActorKind.ARMED_GROUP;
            if (body && c.end() <= before && before - c.end() <= REACH && (best == null || c.end() > best.end())) {
                best = c;
            }
        }
        return best;
    }
}
