package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventCoderTest {

    @Test
    void jointStatementByFourStatesIsOneEventWithFourActors() {
        Coding.Result r = Coding.code("The joint statement by China, Iran, Pakistan and Russia criticised the Taliban.");
        Event e = r.only("ACCUSE");
        assertEquals(List.of("CHN", "IRN", "PAK", "RUS"), r.codes(e.actors()));
        assertEquals(List.of("TALIBAN"), r.codes(e.recipients()));
        assertEquals("asserted", e.factuality());
        assertEquals("111", e.cameo());
    }

    @Test
    void adjectiveTriggerTakesTheIssuerOfTheStatementAsActor() {
        Coding.Result r = Coding.code("China, Iran, Pakistan and Russia issued a statement critical of the Taliban.");
        Event e = r.only("ACCUSE");
        assertEquals(List.of("CHN", "IRN", "PAK", "RUS"), r.codes(e.actors()));
        assertEquals(List.of("TALIBAN"), r.codes(e.recipients()));
        assertEquals("critical of", e.trigger().text());
    }

    @Test
    void objectOfTheVerbIsTheRecipient() {
        Coding.Result r = Coding.code("India blamed Pakistan for the bombing of the embassy.");
        Event e = r.only("ACCUSE");
        assertEquals(List.of("IND"), r.codes(e.actors()));
        assertEquals(List.of("PAK"), r.codes(e.recipients()));
    }

    @Test
    void passiveAgentActsOnTheSubject() {
        Coding.Result r = Coding.code("Hamas was attacked by Israel.");
        Event e = r.only("ASSAULT");
        assertEquals(List.of("ISR"), r.codes(e.actors()));
        assertEquals(List.of("HAMAS"), r.codes(e.recipients()));
    }

    @Test
    void partiesOfAMeetingAreAllActorsWithAPlace() {
        Coding.Result r = Coding.code("Pakistan and China met in Beijing.");
        Event e = r.only("CONSULT");
        assertEquals(List.of("PAK", "CHN"), r.codes(e.actors()));
        assertTrue(e.recipients().isEmpty());
        assertNotNull(e.location());
        assertEquals("Beijing", e.location().name());
    }

    @Test
    void mightMakesItPossible() {
        Event e = Coding.code("Pakistan might strike Afghanistan.").only("ASSAULT");
        assertEquals("possible", e.factuality());
    }

    @Test
    void wouldWithIfIsHypothetical() {
        Event e = Coding.code("Pakistan would attack Afghanistan if the talks failed.").only("ASSAULT");
        assertEquals("hypothetical", e.factuality());
    }

    @Test
    void didNotIsNegated() {
        Event e = Coding.code("Iran did not condemn Israel.").only("ACCUSE");
        assertEquals("negated", e.factuality());
    }

    @Test
    void neitherNorSubjectNegates() {
        Event e = Coding.code("Neither China nor Russia will condemn Iran.").only("ACCUSE");
        assertEquals("negated", e.factuality());
    }

    @Test
    void plansToIsFuture() {
        Event e = Coding.code("India plans to impose sanctions on Pakistan.").only("SANCTION");
        assertEquals("future", e.factuality());
    }

    @Test
    void willMakesACooperativeActAnAgreementInTheFuture() {
        Coding.Result r = Coding.code("Russia will send aid to Syria.");
        Event e = r.only("AGREE");
        assertEquals("future", e.factuality());
        assertEquals(List.of("SYR"), r.codes(e.recipients()));
    }

    @Test
    void refusingToMeetIsARejection() {
        Coding.Result r = Coding.code("Iran refused to meet the United States.");
        Event e = r.only("REJECT");
        assertEquals(List.of("IRN"), r.codes(e.actors()));
        assertEquals(List.of("USA"), r.codes(e.recipients()));
        assertEquals("asserted", e.factuality());
    }

    @Test
    void whatIsAskedForHasNotHappened() {
        Coding.Result r = Coding.code("Russia urged Armenia to withdraw its troops.");
        assertEquals("asserted", r.only("REQUEST").factuality());
        Event asked = r.only("RETREAT");
        assertEquals("hypothetical", asked.factuality());
        assertEquals(List.of("ARM"), r.codes(asked.actors()));
    }

    @Test
    void suspectsThatIsPossibleAndAttributed() {
        Coding.Result r = Coding.code("Islamabad suspects that Kabul attacked the border post.");
        Event e = r.only("ASSAULT");
        assertEquals("possible", e.factuality());
        assertEquals(List.of("AFG"), r.codes(e.actors()));
        assertEquals("suspects", e.attribution().cue());
        assertEquals("PAK", r.actors().byId(e.attribution().actor()).code());
    }

    @Test
    void accordingToNamesTheSource() {
        Coding.Result r = Coding.code("According to Iran, Israel attacked Syria.");
        Event e = r.only("ASSAULT");
        assertEquals("According to", e.attribution().cue());
        assertEquals("IRN", r.actors().byId(e.attribution().actor()).code());
        assertEquals(List.of("SYR"), r.codes(e.recipients()));
    }

    @Test
    void theArticlesOwnAssertionHasNoAttribution() {
        Event e = Coding.code("Israel attacked Syria.").only("ASSAULT");
        assertNull(e.attribution());
    }

    @Test
    void reportedMustIsARequestBySpeakerToSubject() {
        Coding.Result r = Coding.code("Russia said that Sudan must return the helicopter.");
        Event e = r.only("REQUEST");
        assertEquals(List.of("RUS"), r.codes(e.actors()));
        assertEquals(List.of("SDN"), r.codes(e.recipients()));
    }

    @Test
    void dateComesFromTheTextElseThePublicationDate() {
        assertEquals("2024-09-30", Coding.code("Israel attacked Syria on Monday.").only("ASSAULT").date());
        assertEquals("2024-10-03", Coding.code("Israel attacked Syria.").only("ASSAULT").date());
        assertNull(Coding.code("Israel attacked Syria.", null).only("ASSAULT").date());
    }

    @Test
    void eventWithoutAnyParticipantIsDropped() {
        assertTrue(Coding.code("Talks were held behind closed doors.").coded().events().isEmpty());
    }

    @Test
    void offsetsIndexTheText() {
        String text = "Egypt welcomed the plan. Pakistan might strike Afghanistan.";
        Coding.Result r = Coding.code(text);
        Event e = r.only("ASSAULT");
        assertEquals("strike", text.substring(e.trigger().start(), e.trigger().end()));
        assertEquals("Pakistan might strike Afghanistan.", text.substring(e.sentence().start(), e.sentence().end()));
    }

    @Test
    void sameInputGivesSameIds() {
        String text = "Israel attacked Syria. Iran condemned Israel.";
        List<String> first = Coding.code(text).coded().events().stream().map(Event::id).toList();
        List<String> again = Coding.code(text).coded().events().stream().map(Event::id).toList();
        assertEquals(2, first.size());
        assertEquals(first, again);
        assertTrue(!first.get(0).equals(first.get(1)));
    }

    @Test
    void quoteHasItsSpeakerAndExactOffsets() {
        String text = "Egypt said: \u201CWe will not accept any new settlements in the area.\u201D";
        Coding.Result r = Coding.code(text);
        assertEquals(1, r.coded().quotes().size());
        Quote q = r.coded().quotes().get(0);
        assertEquals("We will not accept any new settlements in the area.", q.text());
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        assertEquals("EGY", r.actors().byId(q.speaker()).code());
        assertEquals("said", q.cue());
    }

    @Test
    void theSubjectOfBeingCommittedToAnActIsItsActor() {
        Coding.Result r = Coding.code("The minister said Vietnam is committed to opening up the economy.");
        Event e = r.only("AGREE");
        assertEquals(List.of("VNM"), r.codes(e.actors()));
        assertEquals(List.of(), e.recipients());
    }
}
