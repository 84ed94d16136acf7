package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;

/** Organisations CoreNLP leaves untagged, on hand-tagged sentences. */
class UntaggedNamesTest {

    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorDictionary.bundled());

    private static List<String> describe(AnnotatedText text) {
        return Tagged.actors(text, LocalDate.of(2016, 9, 5));
    }

    @Test
    void aProperNounBeforeAnOrganisationNounIsAnOrganisationFoundWhereverItRecurs() {
        AnnotatedText text = Tagged.text(
                "The/DT/O Sea/NNP/O Org/NNP/O expects/VBZ/O obedience/NN/O ././O",
                "Three/CD/NUMBER sailors/NNS/O quit/VBD/O the/DT/O Sea/NNP/O Org/NNP/O group/NN/O ././O");
        assertEquals(List.of("organisation Sea Org [Sea Org, Sea Org]"), describe(text));
    }

    @Test
    void anAcronymAfterAPersonAndOfIsTheirPartyEvenWhenTaggedACommonNoun() {
        AnnotatedText text = Tagged.text(
                "Mei/NNP/PERSON Lau/NNP/PERSON of/IN/O the/DT/O HKWP/NN/O kept/VBD/O her/PRP$/O seat/NN/O ././O",
                "HKWP/NN/O 's/POS/O Tony/NNP/PERSON Ko/NNP/PERSON lost/VBD/O ././O");
        assertEquals(List.of("person Mei Lau [Mei Lau]", "organisation HKWP [HKWP, HKWP]",
                "person Tony Ko [Tony Ko]"), describe(text));
    }

    @Test
    void aCapitalWithoutEvidenceIsNoName() {
        AnnotatedText text = Tagged.text(
                "Reviewers/NNP/O praised/VBD/O the/DT/O VR/NNP/O headset/NN/O on/IN/O Monday/NNP/DATE ././O",
                "I/PRP/O liked/VBD/O the/DT/O CEO/NNP/O ././O");
        assertTrue(describe(text).isEmpty(), describe(text)::toString);
    }

    @Test
    void theLastNameOfAnOrganisationOfSomethingStandsForItWhereUntagged() {
        AnnotatedText text = Tagged.text(
                "The/DT/O Church/NNP/ORGANIZATION of/IN/ORGANIZATION Zorvism/NNP/ORGANIZATION sued/VBD/O ././O",
                "Critics/NNS/O of/IN/O Zorvism/NNP/O protested/VBD/O ././O");
        assertEquals(List.of("organisation Church of Zorvism [Church of Zorvism, Zorvism]"), describe(text));
    }

    @Test
    void anUntaggedRunWithABodyHeadIsAnOrganisationAndWithABuildingHeadAPlace() {
        AnnotatedText text = Tagged.text(
                "Bishops/NNS/O of/IN/O the/DT/O Velarian/NNP/O Synod/NNP/O Conference/NNP/O met/VBD/O at/IN/O "
                        + "the/DT/O Museum/NNP/O of/IN/O Glass/NNP/O ././O",
                "Reporters/NNS/O Wrote/VBD/O About/IN/O The/DT/O Big/NNP/O Museum/NNP/O ././O");
        assertEquals(List.of("organisation Velarian Synod Conference [Velarian Synod Conference]",
                "other Museum of Glass [Museum of Glass]"), describe(text));
    }

    @Test
    void aCapitalisedRoleWithABodyHeadIsAnOrganisation() {
        AnnotatedText text = Tagged.text("Judges/NNS/O of/IN/O the/DT/O Supreme/NNP/TITLE Court/NNP/TITLE "
                + "dissented/VBD/O ././O");
        assertEquals(List.of("organisation Supreme Court [Supreme Court]"), describe(text));
    }

    @Test
    void aProperNounBeforeAStateIsABodyOfThatStateButACompassWordIsNot() {
        AnnotatedText text = Tagged.text(
                "Forecasts/NNS/O by/IN/O Environment/NNP/O Canada/NNP/COUNTRY were/VBD/O wrong/JJ/O ././O",
                "Exports/NNS/O to/TO/O West/NNP/O Germany/NNP/COUNTRY fell/VBD/O ././O");
        List<String> actors = describe(text);
        assertTrue(actors.contains("organisation Environment Canada [Environment Canada]"), actors::toString);
        assertTrue(actors.stream().noneMatch(a -> a.contains("West Germany")), actors::toString);
    }

    @Test
    void aBodyHeadOfATaggedPlaceIsAnOrganisationWithThePlaceNested() {
        AnnotatedText text = Tagged.text("Taxes/NNS/O owed/VBN/O to/TO/O the/DT/O Municipality/NNP/O of/IN/O "
                + "Borvello/NNP/CITY rose/VBD/O ././O");
        assertEquals(List.of("organisation Municipality of Borvello [Municipality of Borvello]",
                "other Borvello [Borvello]"), describe(text));
    }

    @Test
    void aNameAfterALowerCaseBodyNounIsThatBodyWithItsCapitalisedNouns() {
        AnnotatedText text = Tagged.text(
                "The/DT/O localist/JJ/O group/NN/O Harbour/NNP/O Voice/NN/O won/VBD/O ././O",
                "Voters/NNS/O backed/VBD/O Harbour/NNP/O Voice/NN/O ././O");
        assertEquals(List.of("organisation Harbour Voice [Harbour Voice, Harbour Voice]"), describe(text));
    }

    @Test
    void aNameAGroupIsKnownAsKeepsItsParticles() {
        AnnotatedText text = Tagged.text(
                "Traders/NNS/O blame/VBP/O an/DT/O armed/JJ/O group/NN/O known/VBN/O as/IN/O Frente/NNP/O "
                        + "del/NNP/O Río/NNP/O ././O");
        assertEquals(List.of("organisation Frente del Río [Frente del Río]"), describe(text));
    }

    @Test
    void aDictionaryAcronymTaggedAPronounIsStillItsBody() {
        AnnotatedText text = Tagged.text("Advice/NN/O from/IN/O the/DT/O WHO/WP/O changed/VBD/O ././O");
        assertEquals(List.of("igo World Health Organization [WHO]"), describe(text));
    }

    @Test
    void aStateAdjectiveBeforeAnUntaggedBodyIsPartOfItsNameAndGivesItsCountry() {
        ActorSet set = RECOGNIZER.recognize(Tagged.text("The/DT/O Kenyan/NNP/NATIONALITY Union/NNP/O of/IN/O "
                + "Nurses/NNPS/O went/VBD/O on/IN/O strike/NN/O for/IN/O higher/JJR/O pay/NN/O ././O"), LocalDate.of(2016, 9, 5));
        Actor union = set.actors().stream().filter(a -> a.kind().equals("organisation")).findFirst().orElseThrow();
        assertEquals(List.of("Kenyan Union of Nurses", "KEN"), List.of(union.name(), union.country()));
    }

    @Test
    void aCapitalisedBodyWordAfterTheOrAStateIsAnOutletOrBody() {
        AnnotatedText text = Tagged.text(
                "The/DT/O plan/NN/O was/VBD/O dropped/VBN/O by/IN/O the/DT/O Administration/NNP/O ,/,/O "
                        + "said/VBD/O the/DT/O Kenyan/JJ/NATIONALITY Herald/NNP/O ././O",
                "Reporters/NNS/O for/IN/O the/DT/O Dunmore/NNP/LOCATION Star/NNP/LOCATION agreed/VBD/O ././O");
        List<String> actors = describe(text);
        assertTrue(actors.containsAll(List.of("organisation Administration [Administration]",
                "organisation Kenyan Herald [Kenyan Herald]", "organisation Dunmore Star [Dunmore Star]")),
                actors::toString);
    }
}
