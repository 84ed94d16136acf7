package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void substringOfTheOriginalTextIsTheSpan() {
        String text = "Kabul \uD83D\uDE00 said";
        Span emoji = new Span(6, 8);
        assertEquals("\uD83D\uDE00", emoji.of(text));
        assertEquals(2, emoji.length());
        assertEquals("said", new Span(9, 13).of(text));
        assertEquals("", new Span(3, 3).of(text));
    }

    @Test
    void negativeOrInvertedBoundsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
        assertTrue(e.getMessage().contains("[5, 4)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    }

    @Test
    void aSpanPastTheEndOfTheTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Span(2, 9).of("Kabul"));
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 6).checkWithin(5));
        assertEquals(new Span(0, 5), new Span(0, 5).checkWithin(5));
    }

    @Test
    void shiftMovesBothEndsAndContainsIsInclusiveOfEqualEnds() {
        assertEquals(new Span(12, 15), new Span(2, 5).shift(10));
        assertTrue(new Span(2, 9).contains(new Span(2, 9)));
        assertTrue(new Span(2, 9).contains(new Span(4, 4)));
        assertFalse(new Span(2, 9).contains(new Span(1, 4)));
        assertFalse(new Span(2, 9).contains(new Span(8, 10)));
    }
}
