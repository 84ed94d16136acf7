package org.sitrep.nlp;

import java.util.Objects;

/**
 * One edge of a sentence's enhanced++ Universal Dependencies graph, between token indices of the sentence.
 * Relations carry their enhanced++ detail after a colon: {@code obl:for}, {@code advcl:if}, {@code conj:and},
 * {@code nmod:poss}, {@code compound:prt}.
 *
 * @param governor the index of the head token
 * @param relation the relation, e.g. {@code nsubj}, {@code obj}, {@code ccomp}, {@code obl:for}
 * @param dependent the index of the dependent token
 * @param extra whether the edge was added by the enhancement (a subject shared through a conjunction, a
 *     controlled subject) rather than being the dependent's one edge in the basic tree
 */
public record Dependency(int governor, String relation, int dependent, boolean extra) {

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < 0 || dependent < 0) {
            throw new IllegalArgumentException("token indices must not be negative: " + governor + " -"
                    + relation + "-> " + dependent);
        }
        if (relation.isBlank()) {
            throw new IllegalArgumentException("relation must not be blank");
        }
    }

    /**
     * Whether this edge has the relation. A relation without a colon also matches its enhanced forms:
     * {@code "obl"} matches {@code obl} and {@code obl:for}; {@code "obl:for"} matches only itself.
     */
    public boolean is(String wanted) {
        Objects.requireNonNull(wanted, "wanted");
        if (relation.equals(wanted)) {
            return true;
        }
        return wanted.indexOf(':') < 0 && relation.length() > wanted.length()
                && relation.startsWith(wanted) && relation.charAt(wanted.length()) == ':';
    }

    /** The detail after the colon ({@code for} in {@code obl:for}), or the empty string. */
    public String detail() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }

    @Override
    public String toString() {
        return governor + " -" + relation + (extra ? "*" : "") + "-> " + dependent;
    }
}
