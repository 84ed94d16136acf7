package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;
import org.sitrep.events.lexicon.PloverType;

/** A place the subject's people are in says where they act, not who they are. */
class WhereNotWhoTest {

    private static Actor actor(Coding.Result r, String id) {
        return r.coded().actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aTownOfTheSubjectGivesWayToItsState() {
        Coding.Result r = Coding.recognised("Norway raised its fuel taxes in March. "
                + "Opposition lawmakers in Oslo criticised the rise on Tuesday.");
        Event criticised = r.at("criticised");
        assertEquals(List.of("NOR"), WhoTakesPartTest.codes(r, criticised.actors()));
        assertEquals("Norway", actor(r, criticised.actors().get(0)).name());
        assertEquals("country", actor(r, criticised.actors().get(0)).kind());
    }

    @Test
    void aPlaceOfNoKnownStateIsNobody() {
        Coding.Result r = Coding.recognised("Fishermen in Bergen welcomed the new quota on Tuesday.");
        List<String> places = r.actors().actors().stream().filter(a -> a.name().equals("Bergen")).map(Actor::id)
                .toList();
        assertEquals(1, places.size());
        assertTrue(r.coded().events().stream().noneMatch(e -> e.actors().contains(places.get(0))));
    }

    @Test
    void aStateTheSubjectIsInStaysTheirs() {
        Coding.Result r = Coding.code("Opposition groups in Norway demanded new elections on Tuesday.");
        assertEquals(List.of("NOR"), r.codes(r.only("REQUEST").actors()));
    }

    @Test
    void aCrowdActingOnItsStateIsItsPeopleNotItsGovernment() {
        // "Students demanded the resignation of the Kenyan government": the students are Kenya's people
        ActorSet set = new ActorSet(List.of(
                new Actor("a1", "Kenyan government", "KENGOV", "KEN", "GOV", "country",
                        List.of(new Mention(0, 17, "Kenyan government"))),
                new Actor("a2", "students", null, null, null, "other", List.of(new Mention(20, 28, "students")))));
        DomesticTarget domestic = new DomesticTarget(DomesticTarget.stateNames(), set);
        List<String> who = domestic.actorsOf(PloverType.REQUEST, List.of("a2"), List.of("a1"), List.of("a1", "a2"),
                List.of());
        assertEquals(List.of("a2", "a3"), who);
        assertNull(domestic.actors().get(2).sector());
    }

    @Test
    void whoActsOnTheStatesPeopleIsItsGovernment() {
        // "A spokeswoman urged the Kenyan public to stay calm": the people are acted on, not acting
        ActorSet set = new ActorSet(List.of(
                new Actor("a1", "Kenyan government", "KENGOV", "KEN", "GOV", "country",
                        List.of(new Mention(0, 17, "Kenyan government"))),
                new Actor("a2", "Kenyan public", "KEN", "KEN", null, "country",
                        List.of(new Mention(20, 33, "Kenyan public"))),
                new Actor("a3", "spokeswoman", null, null, null, "person", List.of(new Mention(40, 51, "spokeswoman")))));
        DomesticTarget domestic = new DomesticTarget(DomesticTarget.stateNames(), set);
        assertEquals(List.of("a3", "a1"), domestic.actorsOf(PloverType.REQUEST, List.of("a3"), List.of("a2"),
                List.of("a2", "a3"), List.of()));
    }
}
