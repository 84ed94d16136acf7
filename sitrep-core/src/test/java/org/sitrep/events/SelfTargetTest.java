package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A state does not act on itself: the domestic convention stays for its people, parts and crowds. */
class SelfTargetTest {

    @Test
    void aStateNamedAsSuchIsNotTheTargetOfItsOwnDemand() {
        Coding.Result r = Coding.code("Norway urged restraint on Tuesday.");
        Event urged = r.at("urged");
        assertEquals(List.of("NOR"), r.codes(urged.actors()));
        assertEquals(List.of(), urged.recipients());
    }

    @Test
    void itsPeopleNamedByAnAdjectiveStillActOnTheirState() {
        Coding.Result r = Coding.code("Norwegian farmers demanded lower fuel taxes on Tuesday.");
        assertEquals(List.of("NOR"), WhoTakesPartTest.codes(r, r.at("demanded").recipients()));
    }

    @Test
    void aStateNamedInAPlacePhraseIsStillTheTargetOfItsCrowds() {
        Coding.Result r = Coding.code("Thousands of students throughout Norway demanded lower fees on Tuesday.");
        assertEquals(List.of("NOR"), WhoTakesPartTest.codes(r, r.at("demanded").recipients()));
    }

    @Test
    void aPartyNamedInAnotherSentenceActsOnSomeoneNamedThere() {
        Coding.Result r = Coding.code("The Finnish interior minister offered the smugglers a pardon. "
                + "She warned that the offer would lapse within a week.");
        Event warned = r.at("warned");
        assertEquals(List.of("FIN"), r.codes(warned.actors()));
        assertEquals(List.of(), warned.recipients());
    }
}
