package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Small readings of one sentence's dependency graph that the event rules share. */
final class Parse {

    private static final Set<String> DESCRIBING = Set.of("consider", "regard", "see", "view", "deem", "call",
            "label", "brand", "perceive", "pose", "remain", "become", "represent", "constitute", "designate");

    /** Modals that make a reported clause a demand ("X said Y must go"), as the lexicon's modal triggers do. */
    private static final Set<String> DEMANDING = Set.of("must", "should");
    private static final Set<String> ASKING = Set.of("nmod:for", "nmod:on", "nmod:upon", "nmod:to", "nmod:by",
            "nmod:poss", "nmod:from");
    private static final Set<String> TECHNICAL = Set.of("system", "light", "sign", "signal", "label", "siren",
            "device", "sensor", "radar");
    private static final Set<String> COMMITTING = Set.of("will", "would", "shall", "should", "must", "'ll", "can",
            "could", "may", "might", "ought");
    private static final Set<String> ORDERS = Set.of("order", "instruct", "command");

    private final Sentence sentence;

    Parse(Sentence sentence) {
        this.sentence = sentence;
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.token(i);
    }

    /** The edge from the token's head in the basic tree, if any. */
    Optional<Dependency> up(Token token) {
        Dependency basic = null;
        for (Dependency edge : sentence.graph().incoming(token.index())) {
            if (!edge.extra()) {
                return Optional.of(edge);
            }
            basic = basic == null ? edge : basic;
        }
        return Optional.ofNullable(basic);
    }

    /** Dependents through exactly this relation, or through {@code relation:detail} when it has no colon. */
    List<Token> children(Token governor, String relation) {
        return sentence.children(governor, relation);
    }

    /** Dependents through exactly this relation, enhanced details not matched. */
    List<Token> exactly(Token governor, String relation) {
        List<Token> out = new ArrayList<>();
        for (Dependency edge : sentence.dependents(governor)) {
            if (edge.relation().equals(relation) && !out.contains(token(edge.dependent()))) {
                out.add(token(edge.dependent()));
            }
        }
        return out;
    }

    /** Dependents through a prepositional relation, {@code obl:on} and {@code nmod:on} alike. */
    List<Token> prepositional(Token governor, String preposition) {
        List<Token> out = new ArrayList<>(exactly(governor, "obl:" + preposition));
        for (Token t : exactly(governor, "nmod:" + preposition)) {
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every token under this one in the basic tree, itself included, not entering the listed relations. */
    List<Token> subtree(Token head, List<String> stopAt, Token outside) {
        List<Token> out = new ArrayList<>();
        out.add(head);
        for (int i = 0; i < out.size() && out.size() < sentence.tokens().size(); i++) {
            for (Dependency edge : sentence.dependents(out.get(i))) {
                Token child = token(edge.dependent());
                if (!edge.extra() && !out.contains(child) && !child.equals(outside)
                        && stopAt.stream().noneMatch(edge::is)) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    boolean passive(Token verb) {
        return !exactly(verb, "nsubj:pass").isEmpty() || !exactly(verb, "aux:pass").isEmpty();
    }

    static boolean verb(Token t) {
        return t.pos().startsWith("VB");
    }

    static boolean noun(Token t) {
        return t.pos().startsWith("NN");
    }

    static boolean pronoun(Token t) {
        return t.pos().startsWith("PRP");
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /**
     * A noun that describes rather than reports: "which it considers a threat", "sees it as a threat",
     * "poses a threat". Nobody threatened anybody.
     */
    boolean characterisation(Token head) {
        if (verb(head)) {
            return false;
        }
        Optional<Dependency> up = up(head);
        if (up.isEmpty()) {
            return false;
        }
        Token governor = token(up.get().governor());
        boolean complement = up.get().is("obj") || up.get().is("xcomp") || up.get().is("obl:as")
                || up.get().is("dep");
        return complement && verb(governor) && DESCRIBING.contains(governor.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "All four agree that it isn't doing enough": agreeing that something is so shares a view and commits to
     * nothing, unlike agreeing that something will or should be done ("agreed that talks would resume").
     */
    boolean sharedView(Token head) {
        if (!verb(head) || !head.lemma().toLowerCase(Locale.ROOT).equals("agree") || !exactly(head, "xcomp").isEmpty()) {
            return false;
        }
        List<Token> clauses = exactly(head, "ccomp");
        return !clauses.isEmpty() && clauses.stream().allMatch(c -> exactly(c, "aux").stream()
                .noneMatch(a -> COMMITTING.contains(lower(a))));
    }

    /**
     * "sanctions targeting Russian banks", "attacks aimed at civilians": a participle after the noun of another
     * act says whom that act is aimed at; it is no act of its own. One before it ("coordinated patrols") says
     * how the act is done and stays.
     *
     * @param acts the token positions of the sentence's other triggers
     */
    boolean describesAnAct(Token head, List<Integer> acts) {
        Optional<Dependency> up = up(head);
        boolean participle = head.pos().equals("VBG") || head.pos().equals("VBN");
        return participle && up.isPresent() && up.get().is("acl")
                && acts.contains(up.get().governor());
    }

    /** "early-warning systems", "warning lights": a warning of storms or missiles, not a threat to anyone. */
    boolean technicalWarning(Token head) {
        if (!lower(head).startsWith("warning")) {
            return false;
        }
        boolean early = exactly(head, "amod").stream().anyMatch(a -> lower(a).equals("early"));
        Optional<Dependency> up = up(head);
        return early || up.isPresent() && up.get().is("compound")
                && TECHNICAL.contains(token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "confirmed the call", "a call with Baku": a call that asks nothing of anyone ("for", "on", "to", "by" or
     * an owner) is a telephone call or a visit, not a demand.
     */
    boolean bareCall(Token head) {
        return noun(head) && head.lemma().toLowerCase(Locale.ROOT).equals("call")
                && sentence.dependents(head).stream().noneMatch(e -> ASKING.contains(e.relation())
                        || e.relation().startsWith("acl") || e.relation().startsWith("ccomp"));
    }

    /** "were blaming each other", "accused one another": the act goes both ways between its actors. */
    boolean eachOther(Token head) {
        return Stream.of("obj", "iobj", "obl:with", "obl:against", "obl:on").flatMap(r -> exactly(head, r).stream())
                .anyMatch(o -> (lower(o).equals("other") || lower(o).equals("another"))
                        && exactly(o, "det").stream().anyMatch(d -> lower(d).equals("each") || lower(d).equals("one")));
    }

    /** The root, or a noun the root verb takes as its object ("staged demonstrations"). */
    boolean mainClause(Token head) {
        if (sentence.roots().contains(head)) {
            return true;
        }
        Optional<Dependency> up = up(head);
        return !verb(head) && up.isPresent() && (up.get().is("obj") || up.get().is("nsubj:pass"))
                && sentence.roots().contains(token(up.get().governor()));
    }

    /**
     * "ordered the newspaper to suspend publication", "ordered patrols by police": an authority's order whose
     * object or complement is itself an act is how that act is done; the act is what the sentence reports.
     *
     * @param acts the token positions of the sentence's other triggers
     */
    boolean ordersAnAct(Token head, List<Integer> acts) {
        if (!ORDERS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Stream.of("obj", "xcomp").flatMap(r -> exactly(head, r).stream()).anyMatch(t -> acts.contains(t.index()));
    }

    /**
     * "staged demonstrations to demand reforms": an act done for the sake of another is not what the
     * sentence reports first.
     */
    boolean purpose(Token head) {
        Optional<Dependency> up = up(head);
        return verb(head) && up.isPresent() && (up.get().is("advcl") || up.get().is("acl"))
                && exactly(head, "mark").stream().anyMatch(m -> lower(m).equals("to"));
    }

    /**
     * "said the US must be ready to mediate": the act is what someone demands, not what happened; the
     * demand is the sentence's event.
     */
    boolean demanded(Token head) {
        Token t = head;
        for (int step = 0; step < 3 && t != null; step++) {
            boolean modal = exactly(t, "aux").stream()
                    .anyMatch(a -> DEMANDING.contains(Parse.lower(a)));
            if (modal) {
                return true;
            }
            Optional<Dependency> up = up(t);
            t = up.isPresent() && up.get().is("xcomp") ? token(up.get().governor()) : null;
        }
        return false;
    }

    /**
     * A passive by its own words (a passive auxiliary or subject in the basic tree), not by a subject the
     * enhanced graph only shares with a conjoined passive ("it was concerned and called on both sides").
     */
    boolean ownPassive(Token verb) {
        return sentence.dependents(verb).stream().anyMatch(e -> !e.extra()
                && (e.relation().equals("nsubj:pass") || e.relation().equals("aux:pass")));
    }
}
