package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;

/** PLOVER's coding conventions applied over real parses: the domestic target and the conditional threat. */
class ConventionsTest {

    private static List<String> countries(Coding.Result r, List<String> ids) {
        return ids.stream().map(id -> r.coded().actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(Actor::country).orElseThrow()).toList();
    }

    @Test
    void policeActingAtHomeWithNoOneForeignAreCodedAgainstTheirOwnState() {
        Coding.Result r = Coding.code("Egyptian police arrested twelve demonstrators on Monday night.");
        Event e = r.only("COERCE");
        assertEquals(List.of("EGY"), countries(r, e.actors()));
        assertTrue(countries(r, e.recipients()).contains("EGY"), e.recipients().toString());
    }

    @Test
    void aStateNamedBesideTheActKeepsTheDomesticTargetAway() {
        Coding.Result r = Coding.code("Egyptian police arrested twelve Sudanese traders on Monday night.");
        Event e = r.only("COERCE");
        assertEquals(List.of("SDN"), countries(r, e.recipients()));
    }

    @Test
    void aBoycottHangingOnAnotherPartysActIsAThreat() {
        Coding.Result r = Coding.code("The Kenyan opposition said it will boycott the elections unless the "
                + "president resigns.");
        Event e = r.only("THREATEN");
        assertEquals("asserted", e.factuality());
        assertEquals(List.of("KEN"), countries(r, e.actors()));
    }

    @Test
    void anOrderWhoseObjectIsAnActIsCodedAsThatAct() {
        Coding.Result r = Coding.code("The Kenyan government today ordered the opposition radio station to suspend "
                + "publication indefinitely.");
        Event top = r.coded().events().stream().max((a, b) -> Double.compare(a.confidence(), b.confidence()))
                .orElseThrow();
        assertEquals("COERCE", top.type(), r.coded().events().toString());
    }

    @Test
    void callingOffAStrikeIsAConcession() {
        Coding.Result r = Coding.code("The Kenyan teachers' union called off a four-day strike on Thursday.");
        assertEquals("CONCEDE", r.coded().events().get(0).type(), r.coded().events().toString());
    }
}
