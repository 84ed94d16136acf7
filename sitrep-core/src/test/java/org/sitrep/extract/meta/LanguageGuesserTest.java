package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | The ministers said that the talks had been useful and that they would meet again in the spring.",
            "fr | Les ministres ont dit que les discussions avaient été utiles et qu'ils se reverraient au printemps.",
            "de | Die Minister sagten, dass die Gespräche nützlich gewesen seien und dass sie sich im Frühjahr wieder treffen.",
            "es | Los ministros dijeron que las conversaciones fueron útiles y que se reunirán de nuevo en la primavera.",
            "it | I ministri hanno detto che i colloqui sono stati utili e che si incontreranno di nuovo in primavera.",
            "pt | Os ministros disseram que as conversas foram úteis e que vão se encontrar de novo na primavera.",
            "nl | De ministers zeiden dat de gesprekken nuttig waren en dat zij in het voorjaar opnieuw bij elkaar komen.",
            "id | Para menteri mengatakan bahwa pembicaraan itu berguna dan mereka akan bertemu lagi pada musim semi ini.",
            "ru | Министры заявили, что переговоры были полезными и что они снова встретятся весной следующего года.",
            "ar | وقال الوزراء إن المحادثات كانت مفيدة وإنهم سيجتمعون مرة أخرى في فصل الربيع المقبل في العاصمة.",
            "zh | 部长们表示，会谈很有益处，他们将在明年春天再次举行会晤，继续讨论地区安全与经济合作问题。",
            "ja | 大臣たちは、会談は有益だったと述べ、来年の春に再び会合を開いて地域の安全保障について話し合うとした。",
            "ko | 장관들은 회담이 유익했다고 말했으며 내년 봄에 다시 만나 지역 안보와 경제 협력 문제를 논의할 예정이다."})
    void guessesTheLanguageOfASentenceOrTwo(String expected, String text) {
        assertEquals(Optional.of(expected), guesser.guess(text));
    }

    @Test
    void tooShortTextGivesNothing() {
        assertEquals(Optional.empty(), guesser.guess("Talks resume."));
        assertEquals(Optional.empty(), guesser.guess(""));
    }

    @Test
    void textWithoutFunctionWordsGivesNothing() {
        assertEquals(Optional.empty(), guesser.guess("Xylo quartz bramble; vortex jib fjord nymph glyph crwth "
                + "sphinx waltz brisk pyx zephyr quiz klutz plumb"));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> guesser.guess(null));
    }
}
