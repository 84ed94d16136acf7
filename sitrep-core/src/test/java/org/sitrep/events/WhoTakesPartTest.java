package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the parties of an act are, as against who reports it, where it happens and what describes them. */
class WhoTakesPartTest {

    /** The codes of these ids, among the coded actors (implied states included). */
    static List<String> codes(Coding.Result r, List<String> ids) {
        return ids.stream().map(id -> r.coded().actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id)).code()).toList();
    }

    /** Every code among the actors and recipients of every event. */
    private static List<String> parties(Coding.Result r) {
        List<String> out = new ArrayList<>();
        r.coded().events().forEach(e -> {
            out.addAll(codes(r, e.actors()));
            out.addAll(codes(r, e.recipients()));
        });
        return out;
    }

    @Test
    void whoReportsAtTheEndOfTheSentenceIsNoParty() {
        Coding.Result r = Coding.code("The Chilean and Peruvian delegations have agreed to exchange maps on Friday of the "
                + "lost villages from both valleys, a Bolivian official said on Monday.");
        assertFalse(r.coded().events().isEmpty());
        assertFalse(parties(r).contains("BOL"), r.coded().events().toString());
    }

    @Test
    void whoSpeaksAfterAnInvertedSaidIsNoParty() {
        Coding.Result r = Coding.code("Under the new plan, Chile will withdraw all its patrols from the border zone in "
                + "March, said a spokesman for the Peruvian president.");
        assertFalse(r.coded().events().isEmpty());
        assertFalse(parties(r).contains("PER"), r.coded().events().toString());
    }

    @Test
    void placeInTheSubjectsPhraseOnlyLocatesItsParties() {
        Coding.Result r = Coding.code("The Chilean and Peruvian sides of the divided island of Bolivia have agreed to "
                + "exchange prisoners.");
        assertFalse(r.coded().events().isEmpty());
        r.coded().events().forEach(e -> assertTrue(codes(r, e.actors()).containsAll(List.of("CHL", "PER")), e.toString()));
        assertFalse(parties(r).contains("BOL"), r.coded().events().toString());
    }

    @Test
    void statesInAnAppositionDescribeTheSubject() {
        Coding.Result r = Coding.code("Kenya, a close British partner in the fight against piracy, has refused to send "
                + "troops to Somalia.");
        Event e = r.only("REJECT");
        assertEquals(List.of("KEN"), codes(r, e.actors()));
    }

    @Test
    void peopleOfAPlaceAreThatPlacesPeople() {
        Coding.Result r = Coding.recognised("The Hungarians of northern Serbia are demanding autonomy from the Serbian government.");
        Event e = r.only("REQUEST");
        assertEquals(List.of("SRB"), codes(r, e.actors()).stream().distinct().toList());
    }

    @Test
    void agentlessArrestInAStateIsThatStatesAndAimedAtTheNational() {
        Coding.Result r = Coding.code("A Canadian engineer was arrested in Iran on Tuesday.");
        assertTrue(r.coded().events().stream().anyMatch(e -> codes(r, e.actors()).equals(List.of("IRN"))
                && codes(r, e.recipients()).equals(List.of("CAN"))), r.coded().events().toString());
    }

    @Test
    void arrestWithAnAgentKeepsTheAgent() {
        Coding.Result r = Coding.code("A Canadian engineer was arrested in Iran by Turkish police on Tuesday.");
        r.coded().events().forEach(e -> assertFalse(codes(r, e.actors()).contains("IRN"), e.toString()));
    }

    @Test
    void unnamedCrowdProtestingInAStateIsItsPeople() {
        Coding.Result r = Coding.code("Thousands of people protested in Kenya against the Ugandan government.");
        Event e = r.only("PROTEST");
        assertEquals(List.of("KEN"), codes(r, e.actors()));
        assertEquals(List.of("UGA"), codes(r, e.recipients()));
    }

    @Test
    void unnamedCrowdInACapitalIsItsPeopleNotItsGovernment() {
        Coding.Result r = Coding.code("Thousands of students protested in Nairobi against the Ugandan government.");
        Event e = r.only("PROTEST");
        assertEquals(List.of("KEN"), codes(r, e.actors()));
        assertTrue(e.actors().stream().allMatch(id -> r.coded().actors().stream()
                .anyMatch(a -> a.id().equals(id) && a.sector() == null)), e.toString());
    }

    @Test
    void pronounCrowdStandsForSomeoneNamedElsewhere() {
        Coding.Result r = Coding.code("They protested in Kenya against the Ugandan government.");
        r.coded().events().forEach(e -> assertFalse(codes(r, e.actors()).contains("KEN"), e.toString()));
    }

    @Test
    void whoIsEngagedInAnActDoesIt() {
        Coding.Result r = Coding.code("Chilean troops were engaged in heavy fighting against Peru.");
        Event e = r.only("ASSAULT");
        assertEquals(List.of("CHL"), codes(r, e.actors()));
    }

    @Test
    void purposeOfAnotherWordsActNamesNoRecipient() {
        Coding.Result r = Coding.code("Chilean police prevented the march staged by students at the university to "
                + "protest the sending of troops to Peru.");
        Event e = r.only("COERCE");
        assertFalse(codes(r, e.recipients()).contains("PER"), e.toString());
    }

    @Test
    void stateNamedInAnotherActsPurposeDoesNotBlockTheDomesticTarget() {
        Coding.Result r = Coding.code("Chilean police prevented the march staged by students at the university to "
                + "protest the sending of troops to Peru.");
        assertEquals(List.of("CHL"), codes(r, r.only("COERCE").recipients()));
    }

    @Test
    void stateNamedInAnotherActsPurposeDoesNotBlockTheDomesticSource() {
        Coding.Result r = Coding.code("Hundreds of refugees began a hunger strike on Monday to protest against "
                + "Finland's decision to send them back to Turkey.");
        Event e = r.at("hunger strike");
        assertEquals(List.of("FIN"), codes(r, e.actors()));
    }

    @Test
    void placeInTheConditionOfAnActThatIsNoThreatIsNoRecipient() {
        Coding.Result r = Coding.code("Chile says it will not accept any more migrants if fighting starts in Peru.");
        Event e = r.only("REJECT");
        assertFalse(codes(r, e.recipients()).contains("PER"), e.toString());
    }

    @Test
    void clauseTheParserHangsOnTheClosingReportBelongsToTheAct() {
        Coding.Result r = Coding.code("Two Chilean gunmen killed nine people late Sunday when they opened fire in "
                + "Lima in the worst attack in years, police said.");
        Event e = r.at("killed");
        assertTrue(codes(r, e.recipients()).contains("PER"), e.toString());
    }

    @Test
    void transnationalGroupOnTheReceivingEndIsNoDomesticAct() {
        Coding.Result r = Coding.code("Kenyan air strikes have killed five al-Qaeda commanders since June.");
        Event e = r.at("killed");
        assertEquals(List.of("AL_QAEDA"), codes(r, e.recipients()));
    }

    @Test
    void regionOfNoStateNamedInPassingIsNoPartner() {
        Coding.Result r = Coding.recognised("Chile and Peru reached a consensus on water problems in the Middle East.");
        Event e = r.only("AGREE");
        assertEquals(List.of(), e.recipients(), e.toString());
    }

    @Test
    void partnerOnAnyObjectOfTheVerb() {
        Coding.Result r = Coding.code("Chilean deputies held talks with leaders of Peru's new government on Tuesday, the "
                + "first high level delegation to visit the country.");
        Event e = r.at("held talks");
        List<String> all = new ArrayList<>(codes(r, e.actors()));
        all.addAll(codes(r, e.recipients()));
        assertTrue(all.containsAll(List.of("CHL", "PER")), e.toString());
    }

    @Test
    void languageIsNoParty() {
        Coding.Result r = Coding.code("The Estonian parliament lifted limits on the use of the Russian language in schools.");
        assertFalse(parties(r).contains("RUS"), r.coded().events().toString());
    }

    @Test
    void igboAndYorubaAreNigerians() {
        Coding.Result r = Coding.code("Igbo elders demanded more seats in the federal cabinet.");
        assertEquals(List.of("NGA"), codes(r, r.only("REQUEST").actors()));
    }
}
