package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void collapsesEveryKindOfSpaceAndDropsInvisibleCharacters() {
        assertEquals("a b c", Texts.collapse("  a\u00a0\n b\u200b \t c  "));
        assertEquals("", Texts.collapse(" \n "));
    }

    @Test
    void knowsWhenASentenceEnds() {
        assertTrue(Texts.endsSentence("It closed."));
        assertTrue(Texts.endsSentence("He said \u201cnever.\u201d"));
        assertTrue(Texts.endsSentence("Why?"));
        assertFalse(Texts.endsSentence("with Pakistan being the only one among them"));
    }

    @Test
    void countsWordsAlsoInScriptsWithoutSpaces() {
        assertEquals(4, Texts.countWords("The pier, closed 1890."));
        assertEquals(5, Texts.countWords("\u4eca\u65e5\u306f\u3044\u3044\u5929\u6c17\u3067\u3059\u306d"));
    }

    @Test
    void seesLowerCaseStarts() {
        assertTrue(Texts.startsLowerCase("that might do"));
        assertFalse(Texts.startsLowerCase("That might do"));
        assertFalse(Texts.startsLowerCase(""));
    }
}
