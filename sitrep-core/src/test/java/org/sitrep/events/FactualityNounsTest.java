package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nouns that hedge or negate an act, and claims with several sources. */
class FactualityNounsTest {

    @Test
    void theLackOfAnActNegatesIt() {
        Event opposition = Coding.code("Their lack of opposition to the Pakistani strikes won't change the dynamics.")
                .only("REJECT");
        assertEquals("negated", opposition.factuality());
    }

    @Test
    void theAbsenceOfTalksNegatesThem() {
        Event talks = Coding.code("The absence of talks between Iran and Iraq worried the region.").only("CONSULT");
        assertEquals("negated", talks.factuality());
    }

    @Test
    void aClauseThatCompletesASuspicionIsOnlyPossible() {
        Event attack = Coding.code("The suspicion is that Iran attacked the tanker.").only("ASSAULT");
        assertEquals("possible", attack.factuality());
    }

    @Test
    void anAllegationThatAnActHappenedIsOnlyPossible() {
        Event attack = Coding.code("The allegation that Iran attacked the tanker angered Britain.").only("ASSAULT");
        assertEquals("possible", attack.factuality());
    }

    @Test
    void theSameNounsOutsideThoseFramesChangeNothing() {
        Event attack = Coding.code("Iran attacked the tanker despite the suspicion of Britain.").only("ASSAULT");
        assertEquals("asserted", attack.factuality());
    }

    @Test
    void aClaimBySeveralStatesIsAttributedToEveryOne() {
        Coding.Result r = Coding.code("China, Iran and Russia said that the Taliban must expel the militants.");
        Event demand = r.only("REQUEST");
        assertEquals(List.of("CHN", "IRN", "RUS"), r.codes(demand.attribution().actors()));
        assertEquals(demand.attribution().actors().get(0), demand.attribution().actor());
    }
}
