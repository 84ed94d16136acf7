package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts that are denied, judged, asked to end or only wanted are not the denier's, the judge's, the asker's or
 * done; "his government" is his state's.
 */
class JudgedActsTest {

    @Test
    void aDeniedInvolvementInAnAttackNegatesTheAttack() {
        Coding.Result r = Coding.code("Hamas denied any involvement in the attacks on Israel.");
        Event attack = r.only("ASSAULT");
        assertEquals("negated", attack.factuality());
    }

    @Test
    void whatIsCriticisedIsNotTheCriticsOwnAct() {
        Coding.Result r = Coding.code("Pakistani lawmakers criticised the terms of the Chinese loan.");
        assertTrue(r.coded().events().stream().filter(e -> e.type().equals("AID"))
                .noneMatch(e -> r.codes(e.actors()).contains("PAK")), r.coded().events().toString());
    }

    @Test
    void theActSomeoneAsksToEndIsNotTheirs() {
        Coding.Result r = Coding.code("Britain has urged an end to the violence and for all sides to return to talks.");
        assertTrue(r.coded().events().stream().filter(e -> e.type().equals("ASSAULT"))
                .noneMatch(e -> r.codes(e.actors()).contains("GBR")), r.coded().events().toString());
    }

    @Test
    void whatSomeoneWantsAnotherToDoIsNotDone() {
        Coding.Result r = Coding.code("Russia wants Ukraine to withdraw its troops from the border.");
        Event withdrawal = r.only("RETREAT");
        assertEquals("hypothetical", withdrawal.factuality());
    }

    @Test
    void hisGovernmentIsTheStateOfWhomHeStandsFor() {
        Coding.Result r = Coding.code("Malaysia's foreign minister said his government would host talks with "
                + "Thailand in Kota Kinabalu.");
        Event talks = r.at("host");
        assertTrue(r.codes(talks.actors()).contains("MYS"), talks.toString());
    }
}
