package org.sitrep.events.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LemmaPatternTest {

    @Test
    void gapTakesTheShortestSkipThatWorks() {
        LemmaPattern p = LemmaPattern.parse("hold ... talk");
        assertArrayEquals(new int[] {0, 3}, p.positionsAt(List.of("hold", "two", "day", "talk", "talk"), 0));
        assertEquals(2, p.wordCount());
    }

    @Test
    void gapSkipsAtMostFourWords() {
        LemmaPattern p = LemmaPattern.parse("pull ... out");
        assertEquals(6, p.matchAt(List.of("pull", "a", "b", "c", "d", "out"), 0));
        assertEquals(-1, p.matchAt(List.of("pull", "a", "b", "c", "d", "e", "out"), 0));
    }

    @Test
    void hyphenInsideACompoundIsNoWordOfTheGap() {
        LemmaPattern p = LemmaPattern.parse("lift ... blockade");
        assertEquals(7, p.matchAt(List.of("lift", "friday", "a", "day", "-", "old", "blockade"), 0));
        assertEquals(-1, p.matchAt(List.of("lift", "friday", "a", "day", ",", "old", "blockade"), 0));
    }

    @Test
    void matchOnlyStartsWhereAsked() {
        LemmaPattern p = LemmaPattern.parse("call on");
        assertEquals(-1, p.matchAt(List.of("they", "call", "on"), 0));
        assertEquals(3, p.matchAt(List.of("they", "call", "on"), 1));
        assertNull(p.positionsAt(List.of("call"), 0));
    }

    @Test
    void malformedPatternsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LemmaPattern.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> LemmaPattern.parse("talk ..."));
        assertThrows(IllegalArgumentException.class, () -> LemmaPattern.parse("a ... ... b"));
        assertThrows(IllegalArgumentException.class, () -> new LemmaPattern(List.of("Call")));
        assertThrows(IllegalArgumentException.class, () -> new LemmaPattern(List.of("a,b")));
    }

    @Test
    void parseLowerCasesAndKeepsContractions() {
        assertEquals(List.of("call", "on"), LemmaPattern.parse("Call  On").tokens());
        assertEquals(List.of("n't"), LemmaPattern.parse("n't").tokens());
        assertEquals(List.of("'ll"), LemmaPattern.parse("'ll").tokens());
    }
}
