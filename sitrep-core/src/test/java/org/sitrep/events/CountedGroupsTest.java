package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counted groups ("all three": the recogniser's lists in the text, the headline's before them), criticism for
 * doing too little, shared views, and who does a requested act.
 */
class CountedGroupsTest {

    @Test
    void aCountedGroupIsTheLastListOfThatSize() {
        // the recogniser makes "all three" a mention of each; the coder reads it like a name
        Coding.Result r = Coding.recognised("Egypt, Jordan and Qatar sent envoys to Cairo on Monday. "
                + "All three condemned the Israeli plan.");
        Event condemnation = r.only("ACCUSE");
        assertEquals(List.of("EGY", "JOR", "QAT"), r.codes(condemnation.actors()));
    }

    @Test
    void beforeTheTextNamesAListTheHeadlinesCounts() {
        // the dictionary finds the actors in the text; the headline says which of them form the list
        Coding.Result r = Coding.titled("Egypt, Jordan and Qatar Unhappy with Israel",
                "All three agree that Israel isn't doing enough to protect civilians. Qatar and Jordan have "
                        + "said so before, and Egypt has asked for talks.");
        Event criticism = r.coded().events().stream().filter(e -> e.type().equals("ACCUSE")).findFirst()
                .orElseThrow();
        assertEquals(List.of("EGY", "JOR", "QAT"), r.codes(criticism.actors()));
        assertEquals(List.of("ISR"), r.codes(criticism.recipients()));
        assertEquals("asserted", criticism.factuality());
    }

    @Test
    void aCountedGroupNounAfterANeitherNorListStandsForIt() {
        Coding.Result r = Coding.recognised("Neither Egypt, Jordan, nor Qatar sent envoys to Cairo on Monday. "
                + "Those other three countries condemned the Israeli plan.");
        Event condemnation = r.only("ACCUSE");
        assertEquals(List.of("EGY", "JOR", "QAT"), r.codes(condemnation.actors()));
    }

    @Test
    void aCountThatFitsNoListNamesNobody() {
        Coding.Result r = Coding.recognised("Egypt and Jordan sent envoys to Cairo on Monday. "
                + "All three condemned the Israeli plan.");
        assertTrue(r.coded().events().stream().filter(e -> e.type().equals("ACCUSE"))
                .noneMatch(e -> r.codes(e.actors()).contains("EGY")), r.coded().events().toString());
    }

    @Test
    void notDoingEnoughIsTheSpeakersCriticismNotANegation() {
        Coding.Result r = Coding.code("France said that Italy is not doing enough to stop the smugglers.");
        Event criticism = r.only("ACCUSE");
        assertEquals(List.of("FRA"), r.codes(criticism.actors()));
        assertEquals(List.of("ITA"), r.codes(criticism.recipients()));
        assertEquals("asserted", criticism.factuality());
    }

    @Test
    void agreeingThatSomethingIsSoIsNoAgreement() {
        Coding.Result view = Coding.code("Egypt and Jordan agree that the blockade is harmful.");
        assertTrue(view.lacks("AGREE"), view.coded().events().toString());
        Coding.Result pledge = Coding.code("Egypt and Jordan agreed that talks would resume in Amman next week.");
        assertEquals(List.of("EGY", "JOR"), pledge.codes(pledge.only("AGREE").actors()));
    }

    @Test
    void theOneCalledOnDoesTheActItIsAskedFor() {
        Coding.Result r = Coding.code("Russia and China met in Moscow on Monday and criticised the Taliban. "
                + "They called on them to fulfil their obligation to fight terrorist groups.");
        assertEquals(List.of("TALIBAN"), r.codes(r.only("ASSAULT").actors()));
    }
}
