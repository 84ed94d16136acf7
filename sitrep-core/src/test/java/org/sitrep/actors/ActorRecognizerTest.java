package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;

/** The recognition rules on hand-tagged sentences: no CoreNLP, so each rule is checked on exact input. */
class ActorRecognizerTest {

    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorDictionary.bundled());
    private static final LocalDate DATE = LocalDate.of(2024, 10, 3);

    private static Recognition recognize(AnnotatedText text) {
        Recognition recognition = RECOGNIZER.recognizeWithNames(text, DATE);
        for (Actor actor : recognition.actors().actors()) {
            for (Mention m : actor.mentions()) {
                assertEquals(m.text(), text.text().substring(m.start(), m.end()));
            }
        }
        return recognition;
    }

    private static List<String> describe(ActorSet set) {
        return set.actors().stream().map(a -> a.id() + " " + a.code() + " " + a.sector() + " " + a.kind() + " "
                + a.mentions().stream().map(Mention::text).toList()).toList();
    }

    private static Set<String> codesAt(ActorSet set, String text, String phrase) {
        int at = text.indexOf(phrase);
        return set.idsAt(at, at + phrase.length()).stream().map(id -> set.byId(id).code())
                .collect(Collectors.toSet());
    }

    @Test
    void aPossessiveStateWithARoleIsOneActorWithTheRolesSector() {
        ActorSet set = recognize(Tagged.text("Pakistan/NNP/COUNTRY 's/POS/O foreign/JJ/TITLE minister/NN/TITLE "
                + "met/VBD/O Pakistan/NNP/COUNTRY ././O")).actors();
        assertEquals(List.of("a1 PAK GOV country [Pakistan, Pakistan 's foreign minister]",
                "a2 PAK null country [Pakistan]"), describe(set));
    }

    @Test
    void aListOfStatesBeforeARoleSharesTheRoleWords() {
        AnnotatedText text = Tagged.text("The/DT/O Chinese/JJ/NATIONALITY and/CC/O Russian/JJ/NATIONALITY "
                + "ministers/NNS/TITLE met/VBD/O ././O");
        Recognition recognition = recognize(text);
        assertEquals(Set.of("CHN", "RUS"), codesAt(recognition.actors(), text.text(), "ministers"));
        assertTrue(recognition.names().stream().allMatch(ActorName::adjective), "adjectives are not names");
    }

    @Test
    void aGroupWordNeedsAGroupNounAndAListOfItsSize() {
        AnnotatedText text = Tagged.text("China/NNP/COUNTRY and/CC/O Iran/NNP/COUNTRY met/VBD/O ././O",
                "Both/DT/O sides/NNS/O agreed/VBD/O for/IN/O the/DT/O two/CD/NUMBER days/NNS/O ././O",
                "The/DT/O three/CD/NUMBER countries/NNS/O left/VBD/O ././O");
        ActorSet set = recognize(text).actors();
        assertEquals(Set.of("CHN", "IRN"), codesAt(set, text.text(), "Both sides"));
        assertEquals(Set.of(), codesAt(set, text.text(), "the two days"));
        assertEquals(Set.of(), codesAt(set, text.text(), "The three countries"));
    }

    @Test
    void aListMemberMayBeANameWithItsRole() {
        AnnotatedText text = Tagged.text("Hamas/NNP/ORGANIZATION fighters/NNS/TITLE and/CC/O Israeli/JJ/NATIONALITY "
                + "troops/NNS/TITLE clashed/VBD/O ././O", "Both/DT/O sides/NNS/O withdrew/VBD/O ././O");
        ActorSet set = recognize(text).actors();
        assertEquals(Set.of("HAMAS", "ISR"), codesAt(set, text.text(), "Both sides"));
        assertEquals("MIL", set.byId(set.idsAt(text.text().indexOf("troops"), text.text().indexOf("troops") + 1)
                .get(0)).sector());
    }

    @Test
    void unknownNamesKeepANullCodeAndLastNamesJoinTheirPerson() {
        AnnotatedText text = Tagged.text(
                "Lena/NNP/PERSON Varga/NNP/PERSON leads/VBZ/O Delta/NNP/ORGANIZATION Freight/NNP/ORGANIZATION "
                        + "(/-LRB-/O DF/NNP/O )/-RRB-/O ././O",
                "He/PRP/PERSON said/VBD/O Varga/NNP/O and/CC/O DF/NNP/O agreed/VBD/O ././O");
        Recognition recognition = recognize(text);
        assertEquals(List.of("a1 null null person [Lena Varga, Varga]",
                "a2 null null organisation [Delta Freight, DF, DF]"), describe(recognition.actors()));
        assertNull(recognition.actors().byId("a2").code());
    }

    @Test
    void anOrganisationTakesTheCapitalisedRoleWordsBesideIt() {
        ActorSet set = recognize(Tagged.text("She/PRP/O joined/VBD/O the/DT/O Green/NNP/ORGANIZATION "
                + "Party/NNP/TITLE ././O")).actors();
        assertEquals(List.of("a1 null null organisation [Green Party]"), describe(set));
    }

    @Test
    void aCapitalAfterInIsAPlaceAndAStanceAdjectiveNamesNobody() {
        ActorSet set = recognize(Tagged.text("anti-Iranian/JJ/O militants/NNS/TITLE met/VBD/O in/IN/O "
                + "Kabul/NNP/CITY and/CC/O Tehran/NNP/CITY agreed/VBD/O ././O")).actors();
        assertEquals(List.of("a1 null null other [Kabul]", "a2 IRN GOV country [Tehran]"), describe(set));
        assertEquals("AFG", set.byId("a1").country());
    }

    @Test
    void theTalibanSwitchFromRebelsToGovernmentOnTheFallOfKabul() {
        AnnotatedText text = Tagged.text("The/DT/O Taliban/NNP/ORGANIZATION spoke/VBD/O ././O");
        Actor before = RECOGNIZER.recognize(text, LocalDate.of(2021, 8, 14)).actors().get(0);
        Actor after = RECOGNIZER.recognize(text, LocalDate.of(2021, 8, 15)).actors().get(0);
        assertEquals(List.of("TALIBAN", "AFG", "REB"), List.of(before.code(), before.country(), before.sector()));
        assertEquals(List.of("TALIBAN", "AFG", "GOV"), List.of(after.code(), after.country(), after.sector()));
    }

    @Test
    void aPronounTaggedPersonIsNotAnActor() {
        ActorSet set = recognize(Tagged.text("He/PRP/PERSON left/VBD/O ././O")).actors();
        assertTrue(set.actors().isEmpty(), describe(set)::toString);
    }

    @Test
    void aStateBeforeACurrencySignNamesTheCurrencyNotTheState() {
        ActorSet set = recognize(Tagged.text("Donors/NNS/O pledged/VBD/O US/NNP/COUNTRY $/$/MONEY 40/CD/MONEY "
                + "million/CD/MONEY and/CC/O NZ/NNP/LOCATION $/$/MONEY 9/CD/MONEY to/TO/O Fiji/NNP/COUNTRY ././O"))
                .actors();
        assertEquals(List.of("a1 FJI null country [Fiji]"), describe(set));
    }

    @Test
    void aCapitalThatIsTheLastNameOfAnEarlierPersonIsThatPerson() {
        ActorSet set = recognize(Tagged.text(
                "Sailor/NN/O Noor/NNP/PERSON Cairo/NNP/PERSON left/VBD/O the/DT/O ship/NN/O ././O",
                "Cairo/NNP/CITY says/VBZ/O she/PRP/O was/VBD/O held/VBN/O ././O")).actors();
        assertEquals(List.of("a1 null null person [Noor Cairo, Cairo]"), describe(set));
    }

    @Test
    void aPersonOfAPartyTaggedAsOneOrganisationIsAPersonAndTheParty() {
        ActorSet set = recognize(Tagged.text("Dora/NNP/ORGANIZATION Pak/NNP/ORGANIZATION of/IN/ORGANIZATION "
                + "the/DT/ORGANIZATION Harbour/NNP/ORGANIZATION Party/NNP/ORGANIZATION won/VBD/O ././O")).actors();
        assertEquals(List.of("a1 null null person [Dora Pak]", "a2 null null organisation [Harbour Party]"),
                describe(set));
    }

    @Test
    void anAcronymInBracketsIsItsNamesActorWhateverItIsTaggedLater() {
        ActorSet set = recognize(Tagged.text(
                "Crews/NNS/O at/IN/O Lowell/NNP/ORGANIZATION Launch/NNP/ORGANIZATION Center/NNP/ORGANIZATION "
                        + "(/-LRB-/O LLC/NNP/ORGANIZATION )/-RRB-/O waited/VBD/O ././O",
                "Later/RB/O the/DT/O LLC/NNP/ORGANIZATION closed/VBD/O ././O")).actors();
        assertEquals(List.of("a1 null null other [Lowell Launch Center, LLC, LLC]"), describe(set));
    }

    @Test
    void aTwoWordOrganisationEndingInAPersonsLastNameIsThatPerson() {
        ActorSet set = recognize(Tagged.text(
                "Defender/NN/O Olaf/NNP/ORGANIZATION Brandt/NNP/ORGANIZATION scored/VBD/O ././O",
                "Coach/NN/O Lind/NNP/PERSON praised/VBD/O Brandt/NNP/PERSON and/CC/O the/DT/O Brandt/NN/O "
                        + "goal/NN/O ././O")).actors();
        assertEquals(List.of("a1 null null person [Olaf Brandt, Brandt, Brandt]", "a2 null null person [Lind]"),
                describe(set));
    }

    @Test
    void aOneWordPersonBeforeAPossessiveAndAFullNameIsTheirParty() {
        ActorSet set = recognize(Tagged.text(
                "Voters/NNS/O chose/VBD/O Tidewave/NNP/PERSON 's/POS/O Mei/NNP/PERSON Lau/NNP/PERSON ././O",
                "Tidewave/NNP/PERSON won/VBD/O two/CD/NUMBER seats/NNS/O ././O")).actors();
        assertEquals(List.of("a1 null null organisation [Tidewave, Tidewave]", "a2 null null person [Mei Lau]"),
                describe(set));
    }

    @Test
    void aNullTextIsRejected() {
        assertThrows(NullPointerException.class, () -> RECOGNIZER.recognize(null, DATE));
    }
}
