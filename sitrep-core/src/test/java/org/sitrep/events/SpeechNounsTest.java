package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said what a speech noun names, calls for someone to act, and participles that only describe an act. */
class SpeechNounsTest {

    private static final String STATEMENT = "Egypt and Jordan issued a joint statement on Monday. "
            + "The joint statement that they produced was sharply critical of Israel. ";

    @Test
    void furtherCriticismsAreByTheAuthorsOfTheStatementBefore() {
        Coding.Result r = Coding.code(STATEMENT + "The other criticisms of Israel were milder.");
        Event criticism = r.at("criticisms");
        assertEquals("ACCUSE", criticism.type());
        assertEquals(List.of("EGY", "JOR"), r.codes(criticism.actors()));
        assertEquals(List.of("ISR"), r.codes(criticism.recipients()));
    }

    @Test
    void aCallForSomeoneToActIsARequestToThem() {
        Coding.Result r = Coding.code(STATEMENT + "The other criticisms were milder and include a call for "
                + "Israel to reopen the crossings.");
        Event call = r.only("REQUEST");
        assertEquals(List.of("EGY", "JOR"), r.codes(call.actors()));
        assertEquals(List.of("ISR"), r.codes(call.recipients()));
        // what the call asks for has not happened
        Event reopening = r.at("reopen");
        assertEquals("hypothetical", reopening.factuality());
    }

    @Test
    void aJointStatementIsAnAgreementAmongItsAuthorsNotWithWhomItCondemns() {
        Coding.Result r = Coding.code("Egypt and Jordan issued a joint statement that condemned the Houthis.");
        Event agreement = r.only("AGREE");
        assertEquals(List.of("EGY", "JOR"), r.codes(agreement.actors()));
        assertTrue(agreement.recipients().isEmpty(), agreement.toString());
    }

    @Test
    void criticismOfSomeoneIsNotTheirs() {
        Coding.Result r = Coding.code("Criticism of Israel grew in Europe this week.");
        assertTrue(r.coded().events().stream().noneMatch(e -> r.codes(e.actors()).contains("ISR")),
                r.coded().events().toString());
    }

    @Test
    void targetingIsAnAttackButSanctionsTargetingBanksAreOnlySanctions() {
        Coding.Result attack = Coding.code("Turkish drones targeted Kurdish fighters in northern Iraq on Monday.");
        assertEquals(List.of("TUR"), attack.codes(attack.only("ASSAULT").actors()));
        Coding.Result sanctions = Coding.code("The EU imposed sanctions targeting Russian banks on Monday.");
        assertEquals("SANCTION", sanctions.coded().events().get(0).type());
        assertTrue(sanctions.lacks("ASSAULT"), sanctions.coded().events().toString());
    }

    @Test
    void aParticipleOfResultIsNotUnderTheModalOfTheClauseBefore() {
        Coding.Result r = Coding.code("Those four said that Iran should free the sailors, thus implying that "
                + "Iran is targeting foreign ships.");
        Event attack = r.only("ASSAULT");
        assertEquals("possible", attack.factuality());
    }
}
