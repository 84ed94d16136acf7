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

    /** "The Uzbek president agreed to resign without returning to Uzbekistan": president (a1), state (a2). */
    private static ActorSet presidentAndState() {
        return new ActorSet(List.of(actor("a1", "Uzbek president", "UZBGOV", "UZB", "GOV", "person"),
                actor("a2", "Uzbekistan", "UZB", "UZB", null, "country"),
                actor("a3", "Uzbek opposition leader", "UZBOPP", "UZB", "OPP", "person")));
    }

    @Test
    void cooperativeActNamesNoTargetInTheActorsOwnState() {
        DomesticTarget domestic = new DomesticTarget(NAMES, presidentAndState());
        assertEquals(List.of(), domestic.withoutOwnStates(PloverType.AGREE, List.of("a1"), List.of("a2")));
        assertEquals(List.of(), domestic.withoutOwnStates(PloverType.RETREAT, List.of("a1"), List.of("a2")));
    }

    @Test
    void cooperativeActKeepsAPersonOfTheActorsOwnState() {
        DomesticTarget domestic = new DomesticTarget(NAMES, presidentAndState());
        assertEquals(List.of("a3"), domestic.withoutOwnStates(PloverType.AGREE, List.of("a1"), List.of("a3")));
    }

    @Test
    void contentiousActKeepsTheActorsOwnState() {
        DomesticTarget domestic = new DomesticTarget(NAMES, presidentAndState());
        assertEquals(List.of("a2"), domestic.withoutOwnStates(PloverType.COERCE, List.of("a1"), List.of("a2")));
    }

    @Test
    void partiesOfSeveralStatesOnBothSidesAreOneJointAct() {
        // "Senior Chilean and Peruvian officials agreed that their countries should cooperate to help
        // Peruvian migrants in Chile"
        ActorSet set = new ActorSet(List.of(actor("a1", "Chilean officials", "CHLGOV", "CHL", "GOV", "country"),
                actor("a2", "Peruvian officials", "PERGOV", "PER", "GOV", "country"),
                actor("a3", "Peruvian migrants", "PERCVL", "PER", "CVL", "country"),
                actor("a4", "Chile", "CHL", "CHL", null, "country")));
        DomesticTarget domestic = new DomesticTarget(NAMES, set);
        assertEquals(List.of(), domestic.withoutOwnStates(PloverType.AGREE, List.of("a1", "a2"), List.of("a3", "a4")));
        assertEquals(List.of(), domestic.withoutOwnStates(PloverType.AGREE, List.of("a1", "a2"), List.of("a3")));
        // a demand by a mixed group on one of their states keeps its direction
        assertEquals(List.of("a3"), domestic.withoutOwnStates(PloverType.REQUEST, List.of("a1", "a2"), List.of("a3")));
    }

    @Test
    void officialOfAnInternationalBodyIsNoDomesticParty() {
        // "Brazil rejected calls by Kofi Annan, the UN secretary-general"
        ActorSet set = new ActorSet(List.of(actor("a1", "Brazil", "BRA", "BRA", null, "country"),
                actor("a2", "Kofi Annan", "ANNAN", null, "IGO", "person")));
        DomesticTarget domestic = new DomesticTarget(NAMES, set);
        assertEquals(List.of("a2"), domestic.of(PloverType.REJECT, List.of("a1"), List.of("a2"), List.of("a1", "a2"),
                List.of()));
    }
}
