package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a pronoun or a document stands for, and how far negation and characterisation reach. */
class ReferenceAndScopeTest {

    @Test
    void neitherNorBeforeTheVerbNegatesWhereverTheParserHangsIt() {
        Coding.Result r = Coding.code("Seeing as how neither India, Brazil, nor Mexico will condemn Iran, the talks go on.");
        Event e = r.only("ACCUSE");
        assertEquals("negated", e.factuality());
        assertEquals(List.of("IND", "BRA", "MEX"), r.codes(e.actors()));
    }

    @Test
    void purposeOfANegatedActIsNegatedAndActedByItsSubjectOnTheOtherSide() {
        Coding.Result r = Coding.code("Neither India nor Pakistan will cut trade with Iran to pressure it into talks.");
        Event e = r.only("REQUEST");
        assertEquals("negated", e.factuality());
        assertEquals(List.of("IND", "PAK"), r.codes(e.actors()));
        assertEquals(List.of("IRN"), r.codes(e.recipients()));
    }

    @Test
    void aNounThatCharacterisesIsNoEvent() {
        assertTrue(Coding.code("Israel considers Hezbollah a threat.").coded().events().isEmpty());
        assertTrue(Coding.code("Syria poses a threat to Turkey.").coded().events().isEmpty());
    }

    @Test
    void anActorInAHyphenatedModifierNeitherActsNorIsActedOn() {
        Coding.Result r = Coding.code("Russia-backed rebels attacked Ukraine.");
        Event e = r.only("ASSAULT");
        assertEquals(List.of(), e.actors());
        assertEquals(List.of("UKR"), r.codes(e.recipients()));
        assertTrue(r.coded().events().stream().noneMatch(x -> x.type().equals("SUPPORT")));
    }

    @Test
    void aDocumentNamedWithoutAuthorsTakesTheAuthorsOfTheLastOne() {
        Coding.Result r = Coding.code("Egypt and Jordan issued a joint statement that criticised Israel. "
                + "The rest of the statement blamed Hamas for the war.");
        Event blamed = r.at("blamed");
        assertEquals(List.of("EGY", "JOR"), r.codes(blamed.actors()));
        assertEquals(List.of("HAMAS"), r.codes(blamed.recipients()));
    }

    @Test
    void aSingularPronounDoesNotStandForAPluralSpeakerNorForAPlace() {
        Coding.Result r = Coding.code("Egypt, Jordan and Qatar are critical of Hamas and its hosting of fighters in "
                + "Gaza. All three agree that it isn't doing enough to fight militant groups.");
        Event e = r.only("ASSAULT");
        assertEquals(List.of("HAMAS"), r.codes(e.actors()));
    }

    @Test
    void aReciprocalActWithAnUnknownSideKeepsTheKnownOneAsRecipient() {
        Coding.Result r = Coding.code("It is not doing enough to fight Hamas.");
        Event e = r.only("ASSAULT");
        assertEquals(List.of(), e.actors());
        assertEquals(List.of("HAMAS"), r.codes(e.recipients()));
    }

    @Test
    void aJointActWithNoPartnerNamedIsACommitmentToWhomItServes() {
        Coding.Result r = Coding.code("Japan agreed to an extension of its aid mission in Kenya.");
        Event e = r.at("agreed");
        assertEquals(List.of("JPN"), r.codes(e.actors()));
        assertEquals(List.of("KEN"), r.codes(e.recipients()));
    }

    @Test
    void theActDoneForTheSakeOfAnotherComesFirst() {
        Coding.Result r = Coding.code("Kenyan teachers staged protests in Nairobi to demand higher pay from the government.");
        Event top = r.coded().events().stream().max(Comparator.comparingDouble(Event::confidence)).orElseThrow();
        assertEquals("PROTEST", top.type(), r.coded().events()::toString);
    }
}
