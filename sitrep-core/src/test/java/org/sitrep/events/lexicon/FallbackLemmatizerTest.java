package org.sitrep.events.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackLemmatizerTest {

    private final FallbackLemmatizer lemmatizer = FallbackLemmatizer.forVocabulary(
            List.of("shell", "ban", "rally", "agree", "denounce", "sanction", "tie", "bombing", "bomb", "march"));

    @Test
    void regularInflectionsOfTheVocabularyMapBack() {
        assertEquals("shell", lemmatizer.lemma("shelled"));
        assertEquals("ban", lemmatizer.lemma("banned"));
        assertEquals("rally", lemmatizer.lemma("rallies"));
        assertEquals("rally", lemmatizer.lemma("rallied"));
        assertEquals("agree", lemmatizer.lemma("agreed"));
        assertEquals("denounce", lemmatizer.lemma("Denouncing"));
        assertEquals("sanction", lemmatizer.lemma("sanctions"));
        assertEquals("tie", lemmatizer.lemma("ties"));
        assertEquals("march", lemmatizer.lemma("marches"));
    }

    @Test
    void irregularVerbsAreKnownWithoutVocabulary() {
        assertEquals("hold", lemmatizer.lemma("held"));
        assertEquals("withdraw", lemmatizer.lemma("withdrew"));
        assertEquals("be", lemmatizer.lemma("were"));
        assertEquals("not", lemmatizer.lemma("n't"));
    }

    @Test
    void aWordOfTheVocabularyIsItsOwnLemma() {
        assertEquals("bombing", lemmatizer.lemma("bombing"));
        assertEquals("bombing", lemmatizer.lemma("bombings"));
        assertEquals("bomb", lemmatizer.lemma("bombed"));
    }

    @Test
    void unknownWordsAreOnlyLowerCased() {
        assertEquals(List.of("islamabad", "unknownish"), lemmatizer.lemmas(List.of("Islamabad", "Unknownish")));
    }
}
