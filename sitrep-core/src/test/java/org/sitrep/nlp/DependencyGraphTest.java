package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** "China and Iran blamed NATO for it": a small graph written by hand. */
class DependencyGraphTest {

    // 0 China, 1 and, 2 Iran, 3 blamed, 4 NATO, 5 for, 6 it
    private static final DependencyGraph GRAPH = new DependencyGraph(7, List.of(
            new Dependency(3, "nsubj", 0, false),
            new Dependency(0, "conj:and", 2, false),
            new Dependency(2, "cc", 1, false),
            new Dependency(3, "nsubj", 2, true),
            new Dependency(3, "obj", 4, false),
            new Dependency(3, "obl:for", 6, false),
            new Dependency(6, "case", 5, false)), List.of(3), true);

    @Test
    void aRelationWithoutDetailMatchesItsEnhancedForms() {
        Dependency obl = new Dependency(3, "obl:for", 6, false);
        assertTrue(obl.is("obl"));
        assertTrue(obl.is("obl:for"));
        assertFalse(obl.is("obl:in"));
        assertFalse(obl.is("ob"));
        assertEquals("for", obl.detail());
        assertEquals("", new Dependency(3, "obj", 4, false).detail());
    }

    @Test
    void childrenFollowEnhancedEdgesInSentenceOrder() {
        assertEquals(List.of(0, 2), GRAPH.children(3, "nsubj"));
        assertEquals(List.of(6), GRAPH.children(3, "obl"));
        assertEquals(List.of(), GRAPH.children(3, "obl:in"));
        assertEquals(List.of(3), GRAPH.roots());
    }

    @Test
    void headIsTheBasicTreeEdgeNotTheEnhancedOne() {
        assertEquals(OptionalInt.of(0), GRAPH.head(2));
        assertEquals(OptionalInt.of(3), GRAPH.head(0));
        assertEquals(OptionalInt.empty(), GRAPH.head(3));
        assertEquals(2, GRAPH.incoming(2).size());
    }

    @Test
    void edgesAndRootsOutsideTheSentenceAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new DependencyGraph(2, List.of(new Dependency(0, "obj", 2, false)), List.of(0), true));
        assertThrows(IllegalArgumentException.class, () -> new DependencyGraph(2, List.of(), List.of(5), true));
        assertThrows(IllegalArgumentException.class, () -> new Dependency(-1, "obj", 0, false));
        assertThrows(IllegalArgumentException.class, () -> new Dependency(0, " ", 1, false));
        assertThrows(IndexOutOfBoundsException.class, () -> GRAPH.children(7, "obj"));
    }

    @Test
    void anUnparsedGraphHasNoEdgesOrRoots() {
        DependencyGraph none = DependencyGraph.unparsed(4);
        assertFalse(none.parsed());
        assertEquals(List.of(), none.children(1, "nsubj"));
        assertEquals(OptionalInt.empty(), none.head(1));
        assertThrows(IllegalArgumentException.class, () -> new DependencyGraph(2, List.of(), List.of(0), false));
    }

    @Test
    void sentenceHelpersSpeakInTokens() {
        String text = "China and Iran blamed NATO for it";
        int[][] spans = {{0, 5}, {6, 9}, {10, 14}, {15, 21}, {22, 26}, {27, 30}, {31, 33}};
        List<Token> tokens = new java.util.ArrayList<>();
        for (int[] s : spans) {
            String word = text.substring(s[0], s[1]);
            tokens.add(new Token(tokens.size(), word, new Span(s[0], s[1]), word, "X", "O", null));
        }
        Sentence sentence = new Sentence(0, new Span(0, text.length()), tokens, GRAPH);
        Token blamed = sentence.roots().get(0);
        assertEquals("blamed", blamed.text());
        assertEquals(List.of("China", "Iran"), sentence.children(blamed, "nsubj").stream().map(Token::text).toList());
        assertEquals("it", sentence.child(blamed, "obl:for").orElseThrow().text());
        assertEquals("China", sentence.head(sentence.token(2)).orElseThrow().text());
        Token stranger = new Token(0, "China", new Span(0, 5), "china", "X", "O", null);
        assertThrows(IllegalArgumentException.class, () -> sentence.head(stranger));
    }
}
