package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** People and bodies that take their country from the words around them, on sentences written for these tests. */
class TitledPeopleIT {

    private static final LocalDate MAY_2005 = LocalDate.of(2005, 5, 10);

    private static ActorSet recognize(String text, LocalDate date) {
        return Nlp.recognizer().recognize(Nlp.annotator().annotate(text, date), date);
    }

    /** The actor with a mention of exactly this text. */
    private static Actor mentioned(ActorSet set, String text) {
        return set.actors().stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no mention " + text + " in " + set));
    }

    @Test
    void aPersonAfterAStatesTitleIsOfThatStateAndSoIsTheSurnameLater() {
        ActorSet set = recognize("Kenyan President Daniel Otieno opened a new clinic on Tuesday. "
                + "Otieno promised more clinics next year.", MAY_2005);
        Actor person = mentioned(set, "Daniel Otieno");
        assertEquals("KEN", person.country());
        assertEquals("GOV", person.sector());
        assertEquals(person.id(), mentioned(set, "Otieno").id());
    }

    @Test
    void aPersonAfterAPossessiveTitleAndACommaIsOfThatState() {
        ActorSet set = recognize("Peru's foreign minister, Carlos Quispe, turned down the offer.", MAY_2005);
        assertEquals("PER", mentioned(set, "Carlos Quispe").country());
    }

    @Test
    void aPersonWithAStatesRoleInAppositionIsOfThatState() {
        ActorSet set = recognize("Carlos Quispe, Peru's foreign minister, turned down the offer from Chile.", MAY_2005);
        assertEquals("PER", mentioned(set, "Carlos Quispe").country());
    }

    @Test
    void aPersonWithABodysTitleInAppositionBelongsToTheBody() {
        ActorSet set = recognize("Anna Berg, the United Nations Special Rapporteur, visited Peru and Chile.", MAY_2005);
        assertEquals("IGO", mentioned(set, "Anna Berg").sector());
    }

    @Test
    void aStateListedAfterAPersonIsNotHisRole() {
        ActorSet set = recognize("Daniel Otieno, Chile and Peru signed the accord.", MAY_2005);
        assertNull(mentioned(set, "Daniel Otieno").country());
    }

    @Test
    void aTitledPersonOfAStateTakesThatState() {
        ActorSet set = recognize("President Amadou Diallo of Senegal opened the bridge, and Mali sent an envoy.",
                MAY_2005);
        assertEquals("SEN", mentioned(set, "Amadou Diallo").country());
    }

    @Test
    void aTitledPersonWithoutAStateTakesTheOnlyStateOfTheSentence() {
        ActorSet set = recognize("President Amadou Diallo banned Senegalese opposition rallies.", MAY_2005);
        Actor person = mentioned(set, "Amadou Diallo");
        assertEquals("SEN", person.country());
        assertEquals("GOV", person.sector());
    }

    @Test
    void aTitledPersonStaysWithoutAStateWhenTheSentenceNamesTwo() {
        ActorSet set = recognize("President Amadou Diallo criticised France and Mali over the border.", MAY_2005);
        assertNull(mentioned(set, "Amadou Diallo").country());
    }

    @Test
    void aTitledPersonDoesNotTakeTheStateHeActsOn() {
        ActorSet set = recognize("President Amadou Diallo threatened Mali with sanctions.", MAY_2005);
        assertNull(mentioned(set, "Amadou Diallo").country());
    }

    @Test
    void aTitledPersonTakesTheStateTheSentenceIsIn() {
        ActorSet set = recognize("President Amadou Diallo lifted the curfew in Senegal on Sunday.", MAY_2005);
        assertEquals("SEN", mentioned(set, "Amadou Diallo").country());
    }

    @Test
    void anUntitledPersonTakesNoState() {
        ActorSet set = recognize("Amadou Diallo criticised Senegalese opposition rallies.", MAY_2005);
        assertNull(mentioned(set, "Amadou Diallo").country());
    }

    @Test
    void theSecurityCouncilAloneIsTheUnitedNations() {
        ActorSet set = recognize("The Security Council extended the mission by six months.", MAY_2005);
        Actor council = mentioned(set, "Security Council");
        assertEquals("UNSC", council.code());
        assertEquals("IGO", council.sector());
    }

    @Test
    void aStatesSecurityCouncilIsNotTheUnitedNations() {
        ActorSet set = recognize("Russia's Security Council met on Friday.", MAY_2005);
        assertTrue(set.actors().stream().noneMatch(a -> "UNSC".equals(a.code())), set.toString());
    }

    @Test
    void europeanCommunityMinistersAreTheBody() {
        ActorSet set = recognize("European Community foreign ministers agreed on aid for the region.", MAY_2005);
        assertEquals("EC", mentioned(set, "European Community").code());
        assertEquals("IGO", mentioned(set, "European Community").sector());
    }

    @Test
    void aFormerLeaderResolvesByTheArticlesDate() {
        String text = "President Mubarak spoke in Cairo.";
        assertEquals("GOV", mentioned(recognize(text, MAY_2005), "Mubarak").sector());
        Actor later = mentioned(recognize(text, LocalDate.of(2015, 1, 5)), "Mubarak");
        assertEquals("EGY", later.country());
        assertNotEquals("GOV", later.sector());
    }

    @Test
    void aPersonAfterAnInternationalBodysTitleBelongsToTheBody() {
        ActorSet set = recognize("Arab League Secretary General Omar Haddad flew to Beirut.", MAY_2005);
        Actor person = mentioned(set, "Omar Haddad");
        assertNull(person.country());
        assertEquals("IGO", person.sector());
    }

    @Test
    void aPresidentsAdministrationIsTheGovernment() {
        ActorSet set = recognize("The Clinton administration warned the bank on Monday.", MAY_2005);
        Actor gov = mentioned(set, "Clinton administration");
        assertEquals("USA", gov.code());
        assertEquals("GOV", gov.sector());
    }

    @Test
    void aStatesAssemblyIsItsLegislature() {
        ActorSet set = recognize("Albania's Assembly passed the budget.", MAY_2005);
        assertTrue(set.actors().stream().anyMatch(a -> "ALB".equals(a.code()) && "LEG".equals(a.sector())),
                set.toString());
    }

    @Test
    void anOrganisationNamedAfterOneStateBelongsToIt() {
        ActorSet set = recognize("The Ghana Football Association fined two clubs on Monday.", MAY_2005);
        Actor union = set.actors().stream().filter(a -> a.name().contains("Football Association")).findFirst()
                .orElseThrow(() -> new AssertionError(set.toString()));
        assertEquals("GHA", union.country(), set.toString());
        assertNull(union.code());
    }

    @Test
    void aPlaceBeforeACommaAndAStateIsInThatState() {
        ActorSet set = recognize("Aid workers reached Surabaya, Indonesia, on Friday.", MAY_2005);
        assertEquals("IDN", mentioned(set, "Surabaya").country());
    }

    @Test
    void aPlaceIsNotPlacedByAnAdjective() {
        ActorSet set = recognize("Iranian drones struck Zaporizhzhia overnight.", MAY_2005);
        assertNull(mentioned(set, "Zaporizhzhia").country());
    }
}
