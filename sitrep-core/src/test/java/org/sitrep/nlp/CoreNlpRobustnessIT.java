package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.nlp.CoreNlpAnnotatorIT.OCT_3_2024;
import static org.sitrep.nlp.CoreNlpAnnotatorIT.assertTokensTile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Problem;

/**
 * Messy input through the default models: run-on sentences, tables, text without letters or not in English,
 * long documents in chunks. Nothing may throw; what was not done is reported. Shares the loaded models with
 * {@link CoreNlpAnnotatorIT}.
 */
class CoreNlpRobustnessIT {

    private static Annotator nlp;

    @BeforeAll
    static void load() {
        nlp = CoreNlpAnnotator.of(NlpConfig.defaults());
    }

    private static Set<String> kinds(AnnotatedText doc) {
        return doc.problems().stream().map(Problem::kind).collect(Collectors.toSet());
    }

    @Test
    void aSentenceOverTheParseLimitKeepsItsTokensButIsNotParsed() {
        StringBuilder text = new StringBuilder("Delegates came from");
        for (int i = 0; i < 80; i++) {
            text.append(" town").append(i).append(',');
        }
        text.append(" and Lima.");
        AnnotatedText doc = nlp.annotate(text.toString(), OCT_3_2024);
        assertEquals(1, doc.sentences().size());
        Sentence sentence = doc.sentences().get(0);
        assertTrue(sentence.tokens().size() > NlpLimits.defaults().maxParseTokens(), "tokens: "
                + sentence.tokens().size());
        assertFalse(sentence.parsed());
        assertEquals(Set.of("nlp-long-sentence"), kinds(doc));
        assertTokensTile(doc);
    }

    @Test
    void aTableOfNumbersIsTokenizedAndReportedNotThrown() {
        StringBuilder table = new StringBuilder();
        for (int row = 0; row < 150; row++) {
            table.append(String.format(Locale.ROOT, "%d | %.1f | %.2f | -%d%%%n", 1900 + row, row * 1.5, row / 7.0,
                    row % 9));
        }
        AnnotatedText doc = nlp.annotate(table.toString(), OCT_3_2024);
        assertTokensTile(doc);
        assertTrue(doc.tokenCount() >= 150 * 7, "tokens: " + doc.tokenCount());
        assertTrue(kinds(doc).contains("nlp-long-sentence"), "rows without full stops run on: " + doc.problems());
        assertTrue(doc.problems().size() <= 4, "problems stay few: " + doc.problems());
    }

    @Test
    void textWithoutLettersAndTextInOtherScriptsAreAnnotatedWithoutProblems() {
        for (String text : List.of("--- *** 12 345 ... !!! ??? 67.8 % ///", "\u2014\u2014\u2014\n\n\u00A0\u00A0",
                "\u041C\u0438\u043D\u0438\u0441\u0442\u0440\u044B \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B"
                        + "\u0438\u0441\u044C \u0432 \u041C\u043E\u0441\u043A\u0432\u0435. "
                        + "\u5916\u4EA4\u90E8\u957F\u5728\u5317\u4EAC\u4F1A\u6664\u3002 "
                        + "\u0627\u0644\u0648\u0632\u0631\u0627\u0621 \u0627\u062C\u062A\u0645\u0639\u0648\u0627.")) {
            AnnotatedText doc = nlp.annotate(text, OCT_3_2024);
            assertTokensTile(doc);
            assertEquals(List.of(), doc.problems(), text);
        }
    }

    @Test
    void aLongDocumentAnnotatedInChunksKeepsItsOffsetsAndSentenceNumbers() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("Item ").append(i).append(": Kenya and Peru signed accord ").append(i).append(".\n\n");
        }
        CoreNlpAnnotator chunked = CoreNlpAnnotator.of(NlpConfig.defaults(), new NlpLimits(1_000_000, 700, 120));
        AnnotatedText doc = chunked.annotate(text.toString(), OCT_3_2024);
        assertEquals(120, doc.sentences().size());
        for (Sentence sentence : doc.sentences()) {
            assertEquals("Item " + sentence.index() + ": Kenya and Peru signed accord " + sentence.index() + ".",
                    doc.text(sentence.span()));
            assertTrue(sentence.parsed());
        }
        long countries = doc.entities().stream().filter(e -> e.type().equals("COUNTRY")).count();
        assertEquals(240, countries);
        assertEquals(List.of(), doc.problems(), "paragraph cuts are not problems");
        assertTokensTile(doc);
    }

    @Test
    void textOverTheCharacterLimitIsCutAndReported() {
        String text = "Kenya spoke first.\n\nPeru answered later.\n\nChad agreed at last.";
        AnnotatedText doc = CoreNlpAnnotator.of(NlpConfig.defaults(), new NlpLimits(40, 20, 120))
                .annotate(text, OCT_3_2024);
        assertEquals(Set.of("nlp-truncated"), kinds(doc));
        assertEquals(2, doc.sentences().size());
        assertTrue(doc.sentences().get(1).span().end() <= 40);
    }

    @Test
    void theSameTextTwiceGivesEqualResultsAndEmptyTextGivesNothing() {
        String text = "Iran and Peru met in Lima on Monday. They agreed to meet again.";
        assertEquals(nlp.annotate(text, OCT_3_2024), nlp.annotate(text, OCT_3_2024));
        AnnotatedText empty = nlp.annotate("", OCT_3_2024);
        assertEquals(List.of(), empty.sentences());
        assertEquals(List.of(), empty.problems());
        assertThrows(NullPointerException.class, () -> nlp.annotate(null, OCT_3_2024));
    }
}
