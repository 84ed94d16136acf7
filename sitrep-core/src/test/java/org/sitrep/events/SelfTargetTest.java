package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;
import org.sitrep.events.lexicon.PloverType;

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

    @Test
    void aGovernmentsActLandsOnItsStateAsSuchNotOnItself() {
        // "The Kenyan minister accused the rebels", the Kenyan government named elsewhere
        ActorSet set = new ActorSet(List.of(
                new Actor("a1", "Kenyan minister", null, "KEN", "GOV", "person",
                        List.of(new Mention(0, 15, "Kenyan minister"))),
                new Actor("a2", "Kenyan government", "KENGOV", "KEN", "GOV", "country",
                        List.of(new Mention(20, 37, "Kenyan government"))),
                new Actor("a3", "rebels", null, null, null, "other", List.of(new Mention(40, 46, "rebels")))));
        DomesticTarget domestic = new DomesticTarget(DomesticTarget.stateNames(), set);
        List<String> whom = domestic.of(PloverType.ACCUSE, List.of("a1"), List.of("a3"), List.of("a1", "a3"),
                List.of());
        assertEquals(List.of("a3", "a4"), whom);
        assertNull(domestic.actors().get(3).sector());
    }
}
