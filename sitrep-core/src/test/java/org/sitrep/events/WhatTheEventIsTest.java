package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the event is: words of names, money lent, and one event for one act. */
class WhatTheEventIsTest {

    @Test
    void aWordInsideAnOrganisationsNameIsNoTrigger() {
        Coding.Result r = Coding.code("Both states belong to the North Atlantic Treaty Organization, officials in "
                + "Oslo said.");
        assertTrue(r.lacks("AGREE"), r.coded().events().toString());
    }

    @Test
    void aRocketLiftingOffLiftsNoRestriction() {
        Coding.Result r = Coding.code("India's new rocket lifted off from Sriharikota at dawn, the Indian space "
                + "agency said.");
        assertTrue(r.lacks("CONCEDE"), r.coded().events().toString());
    }

    @Test
    void receivingAThingHostsNoVisit() {
        Coding.Result r = Coding.code("Kenya's ruling party received the largest share of the vote in Nairobi.");
        assertTrue(r.lacks("CONSULT"), r.coded().events().toString());
    }

    @Test
    void receivingAMinisterHostsAVisit() {
        Coding.Result r = Coding.code("Kenya's president received the Ugandan foreign minister in Nairobi.");
        assertEquals("visit", r.only("CONSULT").mode());
    }

    @Test
    void aCommonNounOfADescriptiveMentionStaysATrigger() {
        Coding.Result r = Coding.code("Palestinian protesters marched through Ramallah on Friday.");
        assertTrue(!r.lacks("PROTEST"), r.coded().events().toString());
    }

    @Test
    void lendingMoneyIsEconomicAid() {
        Coding.Result r = Coding.code("France lent Senegal 50 million euros last year.");
        Event e = r.only("AID");
        assertEquals("economic", e.mode());
        assertEquals(List.of("SEN"), r.codes(e.recipients()));
    }

    @Test
    void moneyLentInTheFutureIsAnOffer() {
        Coding.Result r = Coding.code("Germany will lend 300 million euros to Ukraine, the finance ministry said.");
        Event e = r.only("AGREE");
        assertEquals(List.of("DEU"), r.codes(e.actors()));
        assertEquals(List.of("UKR"), r.codes(e.recipients()));
    }

    @Test
    void aSumGrantedIsEconomicAid() {
        Coding.Result r = Coding.code("Canada granted Haiti 20 million dollars on Tuesday.");
        assertEquals("economic", r.only("AID").mode());
    }

    @Test
    void signingAnAgreementIsOneEvent() {
        Coding.Result r = Coding.code("Japan and Vietnam signed an agreement on maritime security in Hanoi.");
        assertTrue(r.lacks("AGREE"), r.coded().events().toString());
        r.only("SUPPORT");
    }

    @Test
    void anOfferToHostTalksIsOneAgreement() {
        Coding.Result r = Coding.code("The Kenyan president said his government was ready to host a new round of "
                + "talks between Sudan and its rebels.");
        assertEquals(1, r.coded().events().size(), r.coded().events().toString());
        assertEquals("AGREE", r.coded().events().get(0).type());
    }

    @Test
    void patrolsTheStatesAgreeOnAreNoThreat() {
        Coding.Result r = Coding.code("Peru's defence minister told reporters that the two governments had agreed "
                + "to start naval patrols along their sea border.");
        assertTrue(r.lacks("THREATEN"), r.coded().events().toString());
    }

    @Test
    void anOfferAtAPriceIsASale() {
        Coding.Result r = Coding.recognised("Amazon is offering the new laptop in refurbished condition for $899.");
        assertTrue(r.lacks("AGREE"), r.coded().events().toString());
        Coding.Result aid = Coding.code("Japan offered 5 million dollars in aid to Nepal on Monday.");
        assertTrue(!aid.lacks("AGREE"), aid.coded().events().toString());
    }

    @Test
    void anOrderOfGoodsIsAPurchase() {
        Coding.Result r = Coding.recognised("Qantas placed an order of 12 Airbus jets on Tuesday.");
        assertTrue(r.lacks("REQUEST"), r.coded().events().toString());
    }

    @Test
    void aSideBeatenInAGameIsNoAssault() {
        Coding.Result r = Coding.recognised("Chicago beat Detroit 3-1 on Saturday night.");
        assertTrue(r.lacks("ASSAULT"), r.coded().events().toString());
        Coding.Result race = Coding.recognised("Tom Smith was beaten out by Carl Jones for first place in the race.");
        assertTrue(race.lacks("ASSAULT"), race.coded().events().toString());
        Coding.Result police = Coding.code("Kenyan police beat dozens of students in Nairobi on Saturday.");
        assertTrue(!police.lacks("ASSAULT"), police.coded().events().toString());
    }

    @Test
    void aRallyALeaderSpeaksAtIsNoProtest() {
        Coding.Result r = Coding.code("The Kenyan president said at a rally in Mombasa that taxes would fall.");
        assertTrue(r.lacks("PROTEST"), r.coded().events().toString());
        Coding.Result against = Coding.code("Kenyan students held a rally against the new taxes in Nairobi.");
        assertTrue(!against.lacks("PROTEST"), against.coded().events().toString());
    }

    @Test
    void twoVerbsOverOneSumAreOneAct() {
        Coding.Result r = Coding.code("Germany will lend and grant 300 million euros to Ukraine, the ministry said.");
        assertEquals(1, r.coded().events().size(), r.coded().events().toString());
    }

    @Test
    void anOrderReceivedIsNoVisit() {
        Coding.Result r = Coding.code("The Kenyan government received a request from Uganda on Monday.");
        assertTrue(r.lacks("CONSULT"), r.coded().events().toString());
    }
}
