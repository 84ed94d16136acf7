package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void protestIsAimedAtWhomItsDemandIs() {
        Coding.Result r = Coding.code("Angry Kenyans blocked the highways to press their demands on the Ugandan government.");
        Event e = r.only("PROTEST");
        assertEquals(List.of("KEN"), r.codes(e.actors()));
        assertEquals(List.of("UGA"), r.codes(e.recipients()));
    }

    @Test
    void objectNamingOnlyTheActorsLeavesTheRecipientToOtherRules() {
        Coding.Result r = Coding.code("Chileans blocked their own roads to demand the resignation of the Peruvian minister.");
        Event e = r.only("PROTEST");
        assertEquals(List.of("PER"), r.codes(e.recipients()));
    }

    @Test
    void actWithNobodyOnTheReceivingEndIsAimedAtThePlaceItLandsIn() {
        Coding.Result r = Coding.code("Ecuador eased the emergency measures on Tuesday in Colombia's border province.");
        Event e = r.only("CONCEDE");
        assertEquals(List.of("ECU"), r.codes(e.actors()));
        assertEquals(List.of("COL"), r.codes(e.recipients()));
    }

    @Test
    void placeOfTheSpeakerIsNotARecipient() {
        Coding.Result r = Coding.code("Speaking in Bolivia, Argentina promised to provide aid.");
        r.coded().events().forEach(e -> assertEquals(List.of(), r.codes(e.recipients()), e.toString()));
    }

    @Test
    void adjectiveOfANounTriggerSaysWhoActs() {
        Coding.Result r = Coding.code("Ecuadorian air raids on Colombia continued for a third day.");
        Event e = r.only("ASSAULT");
        assertEquals(List.of("ECU"), r.codes(e.actors()));
        assertEquals(List.of("COL"), r.codes(e.recipients()));
    }

    @Test
    void forcesLedByAStateAreThatStates() {
        Coding.Result r = Coding.code("Ethiopian-led forces attacked Somalia on Monday.");
        assertEquals(List.of("ETH"), r.codes(r.only("ASSAULT").actors()));
    }

    @Test
    void groupsBackedByAStateAreNotThatStates() {
        Coding.Result r = Coding.code("Ethiopian-backed militias attacked Somalia on Monday.");
        r.coded().events().forEach(e -> assertEquals(List.of(), r.codes(e.actors()), e.toString()));
    }

    @Test
    void nounGivenByAVerbIsAimedAtTheVerbsIndirectObject() {
        Coding.Result r = Coding.code("Norway gave Malawi ten million dollars of aid on Monday.");
        Event e = r.only("AID");
        assertEquals(List.of("NOR"), r.codes(e.actors()));
        assertEquals(List.of("MWI"), r.codes(e.recipients()));
    }

    @Test
    void partnerHangingOnTheObjectOfTheTriggerVerbIsFound() {
        Coding.Result r = Coding.code("Danish officials shared evidence with Estonia about contacts between the two gangs.");
        Event e = r.only("COOPERATE");
        assertEquals(List.of("DNK", "EST"), r.codes(e.actors()));
        assertEquals(List.of(), e.recipients());
    }

    @Test
    void hostIsTheSourceOfAVisitAndTheGuestItsTarget() {
        Coding.Result r = Coding.code("Kenya hosted the Ugandan delegation in Nairobi on Monday.");
        Event e = r.only("CONSULT");
        assertEquals(List.of("KEN"), r.codes(e.actors()));
        assertEquals(List.of("UGA"), r.codes(e.recipients()));
    }

    @Test
    void complaintIsAimedAtWhatItIsAboutNotWhoHearsIt() {
        Coding.Result r = Coding.code("Chad complained to the African Union over Sudanese air raids.");
        assertEquals(List.of("SDN"), r.codes(r.only("ACCUSE").recipients()));
    }

    @Test
    void nounTriggerModifyingAnotherNounTakesItsArguments() {
        Coding.Result r = Coding.code("Oman launched a mediation effort on Sunday between Kuwait and Bahrain.");
        Event e = r.only("CONSULT");
        assertEquals(List.of("OMN"), r.codes(e.actors()));
        assertEquals(List.of("KWT", "BHR"), r.codes(e.recipients()));
    }

    @Test
    void exerciseOfSeveralStatesWithNoOneElseIsAJointAct() {
        Coding.Result r = Coding.code("Greek and Cypriot warships on Monday launched ten days of war games near Crete.");
        Event e = r.only("COOPERATE");
        assertEquals(List.of("GRC", "CYP"), r.codes(e.actors()));
        assertEquals(List.of(), e.recipients());
    }

    @Test
    void recipientNearestTheTriggerWinsOverOneNamedDeeperInThePhrase() {
        Coding.Result r = Coding.code("Canada defended the right of Peruvian troops to fire on militants in Bolivia.");
        Event e = r.only("SUPPORT");
        assertEquals(List.of("PER"), r.codes(e.recipients()));
    }

    @Test
    void coordinatedRecipientsAreEquallyNear() {
        Coding.Result r = Coding.code("Egypt threatened to break off diplomatic relations with Chile and Peru over their votes.");
        Event e = r.only("THREATEN");
        assertEquals(List.of("CHL", "PER"), r.codes(e.recipients()));
    }

    @Test
    void placeNamedAfterInGivesWayToAPartyOfTheAct() {
        Coding.Result r = Coding.code("Thousands of people blocked streets in Nairobi in defiance of Ugandan authorities.");
        Event e = r.only("PROTEST");
        assertEquals(List.of("UGA"), r.codes(e.recipients()));
    }

    @Test
    void threatIsAimedAtWhomItsConditionIsOn() {
        Coding.Result r = Coding.code("Chile has threatened to stop the fishing talks with Bolivian envoys if Peru goes ahead with its new port.");
        Event e = r.only("THREATEN");
        assertEquals(List.of("CHL"), r.codes(e.actors()));
        assertEquals(List.of("PER"), r.codes(e.recipients()));
    }
}
