package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;

/** Names inside the names of bodies and buildings, buildings as places, faiths as nobody, on hand-tagged sentences. */
class NestedNamesTest {

    private static List<String> describe(AnnotatedText text) {
        return Tagged.actors(text, LocalDate.of(2011, 4, 12));
    }

    @Test
    void aPlaceTheDocumentNamesAloneIsAlsoANameInsideAnOrganisation() {
        AnnotatedText text = Tagged.text(
                "Students/NNS/O in/IN/O Dunmore/NNP/CITY protested/VBD/O ././O",
                "The/DT/O University/NNP/ORGANIZATION of/IN/ORGANIZATION Dunmore/NNP/ORGANIZATION "
                        + "replied/VBD/O ././O");
        assertEquals(List.of("other Dunmore [Dunmore, Dunmore]", "organisation University of Dunmore "
                + "[University of Dunmore]"), describe(text));
    }

    @Test
    void aBuildingTaggedAsAnOrganisationIsAPlaceAndItsAcronymToo() {
        AnnotatedText text = Tagged.text(
                "Crews/NNS/O at/IN/O Lowell/NNP/ORGANIZATION Launch/NNP/ORGANIZATION Center/NNP/ORGANIZATION "
                        + "(/-LRB-/O LLC/NNP/O )/-RRB-/O waited/VBD/O ././O",
                "Later/RB/O LLC/NNP/O closed/VBD/O ././O");
        assertEquals(List.of("other Lowell Launch Center [Lowell Launch Center, LLC, LLC]"), describe(text));
    }

    @Test
    void aPersonTheDocumentNamesIsAlsoANameInsideAFoundationsName() {
        AnnotatedText text = Tagged.text(
                "Painter/NN/O Ida/NNP/PERSON Kerr/NNP/PERSON died/VBD/O ././O",
                "The/DT/O Ida/NNP/ORGANIZATION Kerr/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION sold/VBD/O "
                        + "prints/NNS/O ././O");
        assertEquals(List.of("person Ida Kerr [Ida Kerr, Ida Kerr]",
                "organisation Ida Kerr Foundation [Ida Kerr Foundation]"), describe(text));
    }

    @Test
    void aFaithTaggedAsAnOrganisationIsNobodyButItsChurchIsABody() {
        AnnotatedText text = Tagged.text(
                "Pilgrims/NNS/O visited/VBD/O Islam/NNP/ORGANIZATION 's/POS/O holiest/JJS/O site/NN/O ././O",
                "The/DT/O Lutheran/NNP/ORGANIZATION Church/NNP/ORGANIZATION objected/VBD/O ././O");
        assertEquals(List.of("organisation Lutheran Church [Lutheran Church]"), describe(text));
    }
}
