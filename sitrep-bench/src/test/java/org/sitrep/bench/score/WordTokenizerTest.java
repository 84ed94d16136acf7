package org.sitrep.bench.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected tokens are what Python 3.11's {@code re.findall(r'\w+', s)} returns for the same strings. */
class WordTokenizerTest {

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void precomposedAccentedLettersStayInsideWords() {
        assertEquals(List.of("Café", "crème", "à", "la", "française"), tokenizer.tokens("Café crème à la française"));
    }

    @Test
    void combiningMarksSplitNothingButAreDroppedAsPythonDoes() {
        // "e" + COMBINING ACUTE ACCENT: Python's \w does not match category Mn.
        assertEquals(List.of("cafe", "ou"), tokenizer.tokens("cafe\u0301 ou\u0308"));
        // Devanagari vowel signs are Mc/Mn, so Python cuts Hindi words at them.
        assertEquals(List.of("ह", "न", "द", "भ", "ष"), tokenizer.tokens("हिन्दी भाषा"));
    }

    @Test
    void cjkRunsAreOneTokenUntilPunctuation() {
        assertEquals(List.of("東京都は晴れ", "明日も"), tokenizer.tokens("東京都は晴れ。明日も"));
    }

    @Test
    void everyKindOfNumberIsAWordCharacter() {
        assertEquals(List.of("١٢٣", "and", "४२", "and", "3", "14", "and", "²³", "and", "Ⅻ", "and", "①"),
                tokenizer.tokens("١٢٣ and ४२ and 3.14 and ²³ and Ⅻ and ①"));
    }

    @Test
    void apostrophesAndHyphensSplitWords() {
        assertEquals(List.of("don", "t", "l", "homme", "rock", "n", "roll"), tokenizer.tokens("don't l’homme rock'n'roll"));
        assertEquals(List.of("e", "mail", "2024", "10", "03"), tokenizer.tokens("e-mail 2024-10-03"));
    }

    @Test
    void underscoreJoinsButOtherConnectorPunctuationDoesNot() {
        assertEquals(List.of("snake_case", "__init__", "a", "b"), tokenizer.tokens("snake_case __init__ a‿b"));
    }

    @Test
    void supplementaryPlaneLettersAreWholeTokensAndEmojiAreNot() {
        assertEquals(List.of("𝐀𝐁𝐂", "𠀀x"), tokenizer.tokens("𝐀𝐁𝐂 😀 𠀀x"));
    }

    @Test
    void titlecaseAndSpecialCaseLettersAreLetters() {
        assertEquals(List.of("Straße", "İstanbul", "ǅemal"), tokenizer.tokens("Straße İstanbul ǅemal"));
    }

    @Test
    void invisibleJoinersAndNoBreakSpacesSeparate() {
        assertEquals(List.of("x", "y", "z"), tokenizer.tokens("x\u200dy\u00a0z"));
    }

    @Test
    void nullAndEmptyGiveNoTokens() {
        assertTrue(tokenizer.tokens(null).isEmpty());
        assertTrue(tokenizer.tokens("").isEmpty());
        assertTrue(tokenizer.tokens(" .,;— \n").isEmpty());
    }

    @Test
    void wordCharacterClassMatchesLettersNumbersAndUnderscoreOnly() {
        assertTrue(WordTokenizer.isWordChar('ǅ'));
        assertTrue(WordTokenizer.isWordChar('ʰ'));
        assertFalse(WordTokenizer.isWordChar(0x0301));
        assertFalse(WordTokenizer.isWordChar('‿'));
        assertFalse(WordTokenizer.isWordChar(0x1F600));
        // U+1E900 ADLAM CAPITAL LETTER ALIF: a letter outside the BMP.
        assertTrue(WordTokenizer.isWordChar(0x1E900));
    }
}
