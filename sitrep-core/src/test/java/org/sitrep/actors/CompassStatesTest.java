package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;

/** "The North" and "the South" for a state the document names in full, on hand-tagged sentences. */
class CompassStatesTest {

    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorDictionary.bundled());

    private static List<String> describe(AnnotatedText text) {
        ActorSet set = RECOGNIZER.recognize(text, LocalDate.of(2019, 6, 2));
        return set.actors().stream().map(a -> a.code() + " " + a.mentions().stream().map(Mention::text).toList())
                .toList();
    }

    @Test
    void theSouthIsTheStateTheDocumentNamesSouthSudan() {
        AnnotatedText text = Tagged.text(
                "Troops/NNS/O from/IN/O South/NNP/COUNTRY Sudan/NNP/COUNTRY crossed/VBD/O ././O",
                "The/DT/O South/NNP/O denied/VBD/O it/PRP/O ././O");
        assertEquals(List.of("SSD [South Sudan, South]"), describe(text));
    }

    @Test
    void theNorthIsNobodyWithoutAStateNamedNorthSomething() {
        AnnotatedText text = Tagged.text(
                "Troops/NNS/O from/IN/O South/NNP/COUNTRY Sudan/NNP/COUNTRY crossed/VBD/O ././O",
                "Rain/NN/O fell/VBD/O in/IN/O the/DT/O North/NNP/O ././O");
        assertEquals(List.of("SSD [South Sudan]"), describe(text));
    }

    @Test
    void theSouthBeforeAnotherNameIsLeftAlone() {
        AnnotatedText text = Tagged.text(
                "Troops/NNS/O from/IN/O South/NNP/COUNTRY Sudan/NNP/COUNTRY crossed/VBD/O ././O",
                "They/PRP/O sang/VBD/O the/DT/O South/NNP/O Wind/NNP/O ././O");
        assertEquals(List.of("SSD [South Sudan]"), describe(text));
    }
}
