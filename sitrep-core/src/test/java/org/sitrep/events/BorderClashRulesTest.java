package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fire exchanged, blame traded, a halt to fighting asked for, and warnings that threaten nobody. */
class BorderClashRulesTest {

    @Test
    void exchangingFireIsAFightWithoutDirection() {
        Coding.Result r = Coding.code("Soldiers from Armenia and Azerbaijan exchanged fire overnight.");
        Event fight = r.only("ASSAULT");
        assertEquals(List.of("ARM", "AZE"), r.codes(fight.actors()));
        assertTrue(fight.recipients().isEmpty());
    }

    @Test
    void blamingEachOtherGoesBothWays() {
        Coding.Result r = Coding.code("Armenia and Azerbaijan blamed each other for the clash.");
        Event blame = r.only("ACCUSE");
        assertEquals(List.of("ARM", "AZE"), r.codes(blame.actors()));
        assertTrue(blame.recipients().isEmpty(), blame.toString());
    }

    @Test
    void aHaltToTheFightingAskedForIsAnUnfulfilledCeasefire() {
        // "both sides" is the recogniser's: a mention of each state of the list before
        Coding.Result r = Coding.recognised("Armenia and Azerbaijan fought near the border on Monday. Russia called "
                + "on both sides to halt the fighting.");
        Event halt = r.at("halt the fighting");
        assertEquals("RETREAT", halt.type());
        assertEquals("hypothetical", halt.factuality());
        assertEquals(List.of("ARM", "AZE"), r.codes(halt.actors()));
    }

    @Test
    void aCallThatAsksNothingIsNoDemand() {
        Coding.Result phone = Coding.code("Officials in Yerevan confirmed the call with Azerbaijan.");
        assertTrue(phone.lacks("REQUEST"), phone.coded().events().toString());
        Coding.Result demand = Coding.code("Armenia rejected the call by Azerbaijan for talks.");
        assertTrue(demand.coded().events().stream().anyMatch(e -> e.type().equals("REJECT")),
                demand.coded().events().toString());
    }

    @Test
    void whatWasReceivedComesFromTheGiver() {
        Coding.Result r = Coding.code("Armenia has received Russian loans for its railways for decades.");
        Event loan = r.only("AID");
        assertEquals(List.of("RUS"), r.codes(loan.actors()));
        assertEquals(List.of("ARM"), r.codes(loan.recipients()));
    }

    @Test
    void theActsThatCameBeforeAreNotTheActorsOwn() {
        Coding.Result r = Coding.code("Armenia and Georgia signed a border pact on Monday after a string of "
                + "attacks on traders.");
        assertTrue(r.coded().events().stream().filter(e -> e.type().equals("ASSAULT"))
                .noneMatch(e -> r.codes(e.actors()).contains("ARM")), r.coded().events().toString());
    }

    @Test
    void anEarlyWarningSystemThreatensNobody() {
        Coding.Result r = Coding.code("Japan will pay for an early warning system and early-warning sirens in Bangladesh.");
        assertTrue(r.lacks("THREATEN"), r.coded().events().toString());
    }
}
