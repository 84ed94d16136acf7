package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;
import org.sitrep.events.lexicon.PloverType;

class DomesticTargetTest {

    private static final Map<String, String> NAMES = DomesticTarget.stateNames();

    private static Actor actor(String id, String name, String code, String country, String sector, String kind) {
        return new Actor(id, name, code, country, sector, kind, List.of(new Mention(0, name.length(), name)));
    }

    /** "Kenyan police dispersed demonstrators in Nairobi's centre": police (a1), crowd (a2). */
    private static ActorSet policeAndCrowd() {
        return new ActorSet(List.of(actor("a1", "Kenyan police", "KENCOP", "KEN", "COP", "country"),
                actor("a2", "demonstrators", null, null, null, "other")));
    }

    @Test
    void policeActionWithNoForeignPartyIsAimedAtTheirOwnStateImplied() {
        DomesticTarget domestic = new DomesticTarget(NAMES, policeAndCrowd());
        List<String> whom = domestic.of(PloverType.COERCE, List.of("a1"), List.of("a2"), List.of("a1", "a2"),
                List.of());
        assertEquals(List.of("a2", "a3"), whom);
        Actor implied = domestic.actors().get(2);
        assertEquals("Kenya", implied.name());
        assertEquals("KEN", implied.country());
        assertTrue(implied.mentions().isEmpty());
    }

    @Test
    void theStateNamedElsewhereIsUsedAndImpliedOnlyOnce() {
        ActorSet named = new ActorSet(List.of(actor("a1", "Kenyan police", "KENCOP", "KEN", "COP", "country"),
                actor("a2", "Kenya", "KEN", "KEN", null, "country")));
        DomesticTarget domestic = new DomesticTarget(NAMES, named);
        assertEquals(List.of("a2"), domestic.of(PloverType.PROTEST, List.of("a1"), List.of(), List.of("a1"),
                List.of()));
        DomesticTarget other = new DomesticTarget(NAMES, policeAndCrowd());
        other.of(PloverType.PROTEST, List.of("a1"), List.of(), List.of("a1"), List.of());
        other.of(PloverType.REQUEST, List.of("a1"), List.of(), List.of("a1"), List.of());
        assertEquals(3, other.actors().size());
    }

    @Test
    void aForeignPartyOrACooperativeActGetsNoDomesticTarget() {
        ActorSet set = new ActorSet(List.of(actor("a1", "Kenyan police", "KENCOP", "KEN", "COP", "country"),
                actor("a2", "Uganda", "UGA", "UGA", null, "country")));
        DomesticTarget domestic = new DomesticTarget(NAMES, set);
        assertEquals(List.of(), domestic.of(PloverType.COERCE, List.of("a1"), List.of(), List.of("a1", "a2"),
                List.of()));
        assertEquals(List.of(), domestic.of(PloverType.AGREE, List.of("a1"), List.of(), List.of("a1"),
                List.of()));
        // the attribution's source says where the news came from, not whom the act is aimed at
        assertEquals(1, domestic.of(PloverType.COERCE, List.of("a1"), List.of(), List.of("a1", "a2"),
                List.of("a2")).size());
    }

    @Test
    void aStateForceOnNoOneNamedMayBeAbroad() {
        ActorSet set = new ActorSet(List.of(actor("a1", "Pakistan", "PAK", "PAK", "GOV", "country")));
        DomesticTarget domestic = new DomesticTarget(NAMES, set);
        assertEquals(List.of(), domestic.of(PloverType.ASSAULT, List.of("a1"), List.of(), List.of("a1"),
                List.of()));
    }

    /** "Hunger strikers demanded the Algerian president's resignation": crowd (a1), president (a2). */
    @Test
    void aCrowdWithNoStateActingOnOneStateIsThatStatesOwnAffair() {
        ActorSet set = new ActorSet(List.of(actor("a1", "hunger strikers", null, null, null, "other"),
                actor("a2", "Algerian President", "DZAGOV", "DZA", "GOV", "person")));
        DomesticTarget domestic = new DomesticTarget(NAMES, set);
        assertEquals(List.of("a1", "a3"), domestic.actorsOf(PloverType.REQUEST, List.of("a1"), List.of("a2"),
                List.of("a1", "a2"), List.of()));
        assertEquals("DZA", domestic.actors().get(2).country());
        // an agentless passive: no actor at all
        assertEquals(List.of("a3"), domestic.actorsOf(PloverType.ACCUSE, List.of(), List.of("a2"), List.of("a2"),
                List.of()));
    }

    @Test
    void aNamedBodyOrSeveralStatesOrACooperativeActGetNoImpliedActor() {
        ActorSet set = new ActorSet(List.of(actor("a1", "Jurists' Association", null, null, null, "organisation"),
                actor("a2", "Sudan", "SDN", "SDN", null, "country"),
                actor("a3", "Chad", "TCD", "TCD", null, "country"),
                actor("a4", "residents", null, null, null, "other")));
        DomesticTarget domestic = new DomesticTarget(NAMES, set);
        assertEquals(List.of("a1"), domestic.actorsOf(PloverType.ACCUSE, List.of("a1"), List.of("a2"),
                List.of("a1", "a2"), List.of()));
        assertEquals(List.of("a4"), domestic.actorsOf(PloverType.PROTEST, List.of("a4"), List.of("a2", "a3"),
                List.of("a2", "a3", "a4"), List.of()));
        assertEquals(List.of("a4"), domestic.actorsOf(PloverType.AGREE, List.of("a4"), List.of("a2"),
                List.of("a2", "a4"), List.of()));
        assertEquals(4, domestic.actors().size());
    }
}
