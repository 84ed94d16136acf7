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

    /**
     * A mention of the body each definite body noun of the sentence refers back to.
     *
     * @param earlier the candidates of the sentences before, in text order
     * @param here the candidates of this sentence so far
     */
    static List<Candidate> resolve(Sentence sentence, List<Candidate> earlier, List<Candidate> here) {
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
                Candidate body = latest(here, start, Integer.MAX_VALUE);
                body = body != null ? body : latest(earlier, start, REACH);
                if (body != null) {
                    out.add(new Candidate(body.key(), start, noun.span().end(), false, false));
                }
            }
        }
        return out;
    }

    /**
     * The body named last before {@code before}, at most {@code reach} characters back; the search walks back
     * from the end of the list and stops well before the reach, so a long document costs no more per sentence.
     */
    private static Candidate latest(List<Candidate> candidates, int before, int reach) {
        Candidate best = null;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Candidate c = candidates.get(i);
            if ((long) before - c.end() > 2L * reach) {
                break; // earlier sentences' candidates come in text order
            }
            boolean body = c.key().kind() == ActorKind.ORGANISATION || c.key().kind() == ActorKind.ARMED_GROUP;
            if (body && c.end() <= before && before - c.end() <= reach && (best == null || c.end() > best.end())) {
                best = c;
            }
        }
        return best;
    }
}
