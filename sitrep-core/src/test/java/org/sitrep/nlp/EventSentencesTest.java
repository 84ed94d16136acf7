package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which sentences the event coder's parse selection picks, on hand-built sentences. */
class EventSentencesTest {

    /** A sentence is triggered when one of its lemmas is "condemn" or "meet". */
    private static final Predicate<Sentence> TRIGGERED = s -> s.tokens().stream()
            .anyMatch(t -> t.lemma().equals("condemn") || t.lemma().equals("meet"));

    /** Builds sentences from "word/TAG/NER" items separated by spaces, one string per sentence. */
    private static List<Sentence> sentences(String... items) {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String sentence : items) {
            int first = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String item : sentence.split(" ")) {
                String[] parts = item.split("/");
                int start = text.length();
                text.append(parts[0]).append(' ');
                String lemma = parts[0].toLowerCase(java.util.Locale.ROOT).replaceAll("ed$|s$", "");
                tokens.add(new Token(tokens.size(), parts[0], new Span(start, start + parts[0].length()), lemma,
                        parts[1], parts[2], null));
            }
            out.add(new Sentence(out.size(), new Span(first, text.length() - 1), tokens,
                    DependencyGraph.unparsed(tokens.size())));
        }
        return out;
    }

    private static BitSet select(List<Sentence> sentences) {
        return ParseSelection.eventSentences(TRIGGERED).select(sentences);
    }

    private static BitSet bits(int... indices) {
        BitSet bits = new BitSet();
        for (int i : indices) {
            bits.set(i);
        }
        return bits;
    }

    @Test
    void onlyTriggeredSentencesAreParsedWhenNothingElseIsNeeded() {
        List<Sentence> s = sentences("Prices/NNS/O rose/VBD/O ./././O", "Iran/NNP/COUNTRY condemned/VBD/O "
                + "Israel/NNP/COUNTRY ./././O", "Rain/NN/O fell/VBD/O ./././O");
        assertEquals(bits(1), select(s));
    }

    @Test
    void aSentenceWithAQuotationIsParsedForItsSpeaker() {
        List<Sentence> s = sentences("\"/``/O Enough/RB/O ,/,/O \"/''/O said/VBD/O Ali/NNP/PERSON", "Rain/NN/O fell/VBD/O");
        assertEquals(bits(0), select(s));
    }

    @Test
    void aPronounInATriggeredSentenceReachesBackToTheLastSentenceNamingSomeone() {
        List<Sentence> s = sentences("Chad/NNP/COUNTRY sent/VBD/O envoys/NNS/O", "Talks/NNS/O began/VBD/O",
                "Rain/NN/O fell/VBD/O", "They/PRP/O condemned/VBD/O the/DT/O raid/NN/O");
        assertEquals(bits(0, 1, 2, 3), select(s));
        List<Sentence> far = sentences("Chad/NNP/COUNTRY sent/VBD/O envoys/NNS/O", "Rain/NN/O fell/VBD/O",
                "Rain/NN/O fell/VBD/O", "Rain/NN/O fell/VBD/O", "They/PRP/O condemned/VBD/O the/DT/O raid/NN/O");
        assertEquals(bits(1, 2, 3, 4), select(far));
    }

    @Test
    void allSelectsEverySentenceAndNullIsRefused() {
        List<Sentence> s = sentences("Rain/NN/O fell/VBD/O", "Prices/NNS/O rose/VBD/O");
        assertEquals(bits(0, 1), ParseSelection.all().select(s));
        assertThrows(NullPointerException.class, () -> ParseSelection.eventSentences(null));
    }
}
