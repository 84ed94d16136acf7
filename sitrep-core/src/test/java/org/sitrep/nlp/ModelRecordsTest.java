package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Problem;

/** The checks in the compact constructors of the document model. */
class ModelRecordsTest {

    private static final String TEXT = "Iran met Peru.";

    static Token token(int index, int start, int end, String ner) {
        String word = TEXT.substring(start, end);
        return new Token(index, word, new Span(start, end), word, "NNP", ner, null);
    }

    static Sentence sentence() {
        List<Token> tokens = List.of(token(0, 0, 4, "COUNTRY"), token(1, 5, 8, "O"), token(2, 9, 13, "COUNTRY"),
                token(3, 13, 14, "O"));
        return new Sentence(0, new Span(0, 14), tokens, DependencyGraph.unparsed(4));
    }

    @Test
    void tokenTextMustFitItsSpan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Token(0, "Iran", new Span(0, 3), "Iran", "NNP", "O", null));
        assertTrue(e.getMessage().contains("Iran"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Token(-1, "x", new Span(0, 1), "x", "NN", "O", null));
        assertThrows(IllegalArgumentException.class, () -> new Token(0, "x", new Span(0, 1), "x", "NN", " ", null));
        assertThrows(NullPointerException.class, () -> new Token(0, "x", new Span(0, 1), null, "NN", "O", null));
    }

    @Test
    void tokenKnowsWhetherItIsInAnEntity() {
        assertTrue(token(0, 0, 4, "COUNTRY").inEntity());
        assertFalse(token(1, 5, 8, Token.OUTSIDE).inEntity());
    }

    @Test
    void entityNeedsALabelAndAtLeastOneToken() {
        assertThrows(IllegalArgumentException.class, () -> new Entity(new Span(0, 4), "Iran", "O", null, 0, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Entity(new Span(0, 4), "Iran", "COUNTRY", null, 0, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Entity(new Span(0, 5), "Iran", "COUNTRY", null, 0, 0, 1));
    }

    @Test
    void sentenceTokensMustBeNumberedInOrderAndLieInsideIt() {
        List<Token> swapped = List.of(token(1, 0, 4, "O"), token(0, 5, 8, "O"));
        assertThrows(IllegalArgumentException.class,
                () -> new Sentence(0, new Span(0, 8), swapped, DependencyGraph.unparsed(2)));
        List<Token> outside = List.of(token(0, 0, 4, "O"), token(1, 5, 8, "O"));
        assertThrows(IllegalArgumentException.class,
                () -> new Sentence(0, new Span(0, 6), outside, DependencyGraph.unparsed(2)));
        assertThrows(IllegalArgumentException.class,
                () -> new Sentence(0, new Span(0, 8), outside, DependencyGraph.unparsed(3)));
    }

    @Test
    void sentenceListsAreCopiedSoTheRecordStaysImmutable() {
        List<Token> tokens = new ArrayList<>(sentence().tokens());
        Sentence sentence = new Sentence(0, new Span(0, 14), tokens, DependencyGraph.unparsed(4));
        tokens.clear();
        assertEquals(4, sentence.tokens().size());
        assertThrows(UnsupportedOperationException.class, () -> sentence.tokens().clear());
    }

    @Test
    void annotatedTextRejectsSpansOutsideTheTextAndOverlappingSentences() {
        Sentence first = sentence();
        assertThrows(IllegalArgumentException.class,
                () -> new AnnotatedText("Iran met", null, List.of(first), List.of(), List.of()));
        Sentence again = new Sentence(1, first.span(), first.tokens(), first.graph());
        assertThrows(IllegalArgumentException.class,
                () -> new AnnotatedText(TEXT, null, List.of(first, again), List.of(), List.of()));
        Entity elsewhere = new Entity(new Span(0, 4), "Iran", "COUNTRY", null, 1, 0, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new AnnotatedText(TEXT, null, List.of(first), List.of(elsewhere), List.of()));
    }

    @Test
    void annotatedTextGivesTheTextOfASpanAndCountsTokens() {
        Entity peru = new Entity(new Span(9, 13), "Peru", "COUNTRY", null, 0, 2, 3);
        AnnotatedText doc = new AnnotatedText(TEXT, LocalDate.of(2024, 10, 3), List.of(sentence()), List.of(peru),
                List.of(new Problem("nlp-cut", "a test problem")));
        assertEquals("Peru", doc.text(peru.span()));
        assertEquals(4, doc.tokenCount());
    }

    @Test
    void configRejectsActorFilesWithoutTheGazetteer() {
        assertThrows(IllegalArgumentException.class, () -> new NlpConfig(NlpConfig.NerModels.THREE_CLASS, false,
                true, false, List.of(Path.of("mine.tsv")), true));
        assertEquals(NlpConfig.defaults().withDependencies(true), NlpConfig.defaults());
        assertFalse(NlpConfig.defaults().withDependencies(false).dependencies());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new NlpLimits(0, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> new NlpLimits(100, 100, -5));
    }
}
