package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTokenizerTest {

    private static List<String> words(String text) {
        return PhraseTokenizer.tokenize(text).stream().map(PhraseTokenizer.Token::text).toList();
    }

    @Test
    void acronymsLosePeriodsAndKeepThemInTheirSpan() {
        List<PhraseTokenizer.Token> tokens = PhraseTokenizer.tokenize("the U.S.-led force");
        assertEquals(List.of("the", "US", "led", "force"), tokens.stream().map(PhraseTokenizer.Token::text).toList());
        assertEquals(4, tokens.get(1).start());
        assertEquals(8, tokens.get(1).end());
    }

    @Test
    void hyphensApostrophesAndAccentsVanish() {
        assertEquals(List.of("al", "Qaida"), words("al-Qa’ida"));
        assertEquals(List.of("Cote", "dIvoire"), words("Côte d'Ivoire"));
        assertEquals(List.of("Kurdistan", "Workers", "Party"), words("Kurdistan Workers' Party"));
        assertEquals(List.of("ISIS", "K"), words("ISIS–K"));
    }

    @Test
    void possessiveIsItsOwnTokenAndCommasStayAsBarriers() {
        assertEquals(List.of("Pakistan", "'s", "army", ",", "Iran", "'s"), words("Pakistan’s army, Iran's"));
        assertEquals(List.of("St", "John", "'s"), words("St. John's"));
    }

    @Test
    void capitalsCountOneWayOnly() {
        assertTrue(PhraseTokenizer.sameWord("Al", "al"));
        assertTrue(PhraseTokenizer.sameWord("PAKISTAN", "Pakistan"));
        assertTrue(PhraseTokenizer.sameWord("US", "US"));
        assertFalse(PhraseTokenizer.sameWord("us", "US"));
        assertFalse(PhraseTokenizer.sameWord("Us", "US"));
        assertFalse(PhraseTokenizer.sameWord("turkey", "Turkey"));
        assertFalse(PhraseTokenizer.sameWord("Pakistan", "Iran"));
    }
}
