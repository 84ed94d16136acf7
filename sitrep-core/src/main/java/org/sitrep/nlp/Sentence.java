package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One sentence: its tokens and its dependency graph, with helpers that speak in tokens so that rules read
 * like the grammar: {@code s.children(said, "ccomp")}, {@code s.head(token)}.
 *
 * @param index position in the document, from 0
 * @param span where it is in the original text, from its first token's start to its last token's end
 * @param tokens its tokens, each with {@code index} equal to its position and lying inside {@code span}
 * @param graph its enhanced++ dependency graph over the token indices
 */
public record Sentence(int index, Span span, List<Token> tokens, DependencyGraph graph) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(graph, "graph");
        tokens = List.copyOf(tokens);
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must not be negative: " + index);
        }
        if (graph.size() != tokens.size()) {
            throw new IllegalArgumentException("graph of " + graph.size() + " tokens for a sentence of "
                    + tokens.size());
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.index() != i || !span.contains(token.span())) {
                throw new IllegalArgumentException("token " + i + " '" + token.text() + "' " + token.span()
                        + " has index " + token.index() + " or lies outside sentence " + span);
            }
        }
    }

    /** The token at an index. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Whether the dependency graph was built for this sentence. */
    public boolean parsed() {
        return graph.parsed();
    }

    /** The root tokens of the dependency graph, normally the main verb; empty when unparsed. */
    public List<Token> roots() {
        return tokens(graph.roots());
    }

    /** The token's dependents through a relation ({@code "obl"} also finds {@code obl:for}). */
    public List<Token> children(Token governor, String relation) {
        return tokens(graph.children(own(governor), relation));
    }

    /** The first dependent through a relation, if any. */
    public Optional<Token> child(Token governor, String relation) {
        List<Token> found = children(governor, relation);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The token's head in the basic tree; empty for a root or when unparsed. */
    public Optional<Token> head(Token dependent) {
        OptionalInt head = graph.head(own(dependent));
        return head.isPresent() ? Optional.of(tokens.get(head.getAsInt())) : Optional.empty();
    }

    /** The edges leaving a token. */
    public List<Dependency> dependents(Token governor) {
        return graph.outgoing(own(governor));
    }

    private int own(Token token) {
        Objects.requireNonNull(token, "token");
        if (token.index() >= tokens.size() || !tokens.get(token.index()).equals(token)) {
            throw new IllegalArgumentException("token '" + token.text() + "' " + token.span()
                    + " is not in sentence " + index);
        }
        return token.index();
    }

    private List<Token> tokens(List<Integer> indices) {
        List<Token> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(tokens.get(i));
        }
        return Collections.unmodifiableList(out);
    }
}
