package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * What someone wants to do, and what an unsure act is for, have not happened; what was agreed to be said in a
 * statement was said.
 */
class IntendedActsTest {

    @Test
    void aWishReadAsAnAuxiliaryStillMakesTheActUnsure() {
        // the parser takes "wanted" for an auxiliary of "help" here, as it would take "would"
        Coding.Result r = Coding.code("Haddad said France wanted to help Lebanon prepare for future crises and "
                + "that French experts would advise the central bank.");
        assertNotEquals("asserted", r.at("help").factuality(), r.coded().events().toString());
    }

    @Test
    void whatAWantedActIsForIsNoSurerThanTheAct() {
        Coding.Result r = Coding.code("Turkey wants Iraq to close the camps in order to protect its troops from "
                + "attacks.");
        assertEquals("hypothetical", r.at("protect").factuality());
    }

    @Test
    void whatADoneActIsForStaysAsTheSentenceSaysIt() {
        Coding.Result r = Coding.code("Turkey closed the camps in order to protect its troops from attacks.");
        assertEquals("asserted", r.at("protect").factuality());
    }

    @Test
    void whatWasAgreedToBeSaidInAStatementWasSaid() {
        Coding.Result r = Coding.code("Egypt and Jordan agreed to condemn the raid in their joint statement.");
        assertEquals("asserted", r.at("condemn").factuality());
    }

    @Test
    void whatWasAgreedToBeDoneIsStillToCome() {
        Coding.Result r = Coding.code("Egypt and Jordan agreed to condemn the raid at their next summit.");
        assertEquals("future", r.at("condemn").factuality());
    }
}
