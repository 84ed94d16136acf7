package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who reports an agentless passive is not its agent. */
class AgentlessPassiveTest {

    @Test
    void theReporterOfAConjoinedPassiveIsNotItsAgent() {
        Coding.Result r = Coding.recognised("Azerbaijan's defence ministry gave its own account. It said Armenian "
                + "troops had tried to dig a new trench near the village, and that one Azerbaijani soldier was "
                + "wounded when they were told to leave.");
        assertEquals(List.of(), r.at("wounded").actors());
    }

    @Test
    void anActiveVerbTheParserReadsAsPassiveStillSharesTheSubject() {
        Coding.Result r = Coding.recognised("Armenia and Azerbaijan traded fire on Monday. Iran's foreign ministry "
                + "said it was alarmed by the clashes and called on both sides to halt the shooting.");
        assertEquals(List.of("IRN"), r.codes(r.at("called on").actors()));
    }
}
