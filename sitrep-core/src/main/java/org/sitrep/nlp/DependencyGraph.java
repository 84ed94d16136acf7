package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The enhanced++ dependency graph of one sentence, over its token indices. A token may have several heads
 * (a subject shared by two conjoined verbs); exactly one incoming edge of a non-root token is the basic-tree
 * edge ({@link Dependency#extra()} false), which {@link #head(int)} returns.
 *
 * @param size the number of tokens in the sentence
 * @param edges every edge, each between indices below {@code size}
 * @param roots the root tokens (normally one)
 * @param parsed false when the sentence was not parsed (too long, or parsing is off): then there are no edges
 */
public record DependencyGraph(int size, List<Dependency> edges, List<Integer> roots, boolean parsed) {

    public DependencyGraph {
        edges = List.copyOf(edges);
        roots = List.copyOf(roots);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        for (Dependency edge : edges) {
            if (edge.governor() >= size || edge.dependent() >= size) {
                throw new IllegalArgumentException("edge " + edge + " points outside a sentence of " + size);
            }
        }
        for (int root : roots) {
            if (root < 0 || root >= size) {
                throw new IllegalArgumentException("root " + root + " outside a sentence of " + size);
            }
        }
        if (!parsed && !(edges.isEmpty() && roots.isEmpty())) {
            throw new IllegalArgumentException("an unparsed sentence has no edges or roots");
        }
    }

    /** The graph of a sentence that was not parsed. */
    public static DependencyGraph unparsed(int size) {
        return new DependencyGraph(size, List.of(), List.of(), false);
    }

    /** The edges leaving a token, in order. */
    public List<Dependency> outgoing(int governor) {
        checkIndex(governor);
        List<Dependency> out = new ArrayList<>();
        for (Dependency edge : edges) {
            if (edge.governor() == governor) {
                out.add(edge);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The edges arriving at a token, basic-tree edge and enhanced ones. */
    public List<Dependency> incoming(int dependent) {
        checkIndex(dependent);
        List<Dependency> in = new ArrayList<>();
        for (Dependency edge : edges) {
            if (edge.dependent() == dependent) {
                in.add(edge);
            }
        }
        return Collections.unmodifiableList(in);
    }

    /**
     * The dependents of a token through a relation, in sentence order; see {@link Dependency#is(String)} for
     * how {@code "obl"} also finds {@code obl:for}.
     */
    public List<Integer> children(int governor, String relation) {
        Objects.requireNonNull(relation, "relation");
        List<Integer> found = new ArrayList<>();
        for (Dependency edge : outgoing(governor)) {
            if (edge.is(relation) && !found.contains(edge.dependent())) {
                found.add(edge.dependent());
            }
        }
        Collections.sort(found);
        return Collections.unmodifiableList(found);
    }

    /** The token's head in the basic tree; empty for a root or an unparsed sentence. */
    public OptionalInt head(int dependent) {
        Dependency basic = null;
        for (Dependency edge : incoming(dependent)) {
            if (!edge.extra()) {
                basic = edge;
                break;
            }
            basic = basic == null ? edge : basic;
        }
        return basic == null ? OptionalInt.empty() : OptionalInt.of(basic.governor());
    }

    private void checkIndex(int token) {
        if (token < 0 || token >= size) {
            throw new IndexOutOfBoundsException("token " + token + " outside a sentence of " + size);
        }
    }
}
