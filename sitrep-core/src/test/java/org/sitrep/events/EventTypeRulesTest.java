package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;

/**
 * What type an act gets and which trigger is a sentence's event: the lexicon's phrases, the composition's offers
 * and threats, and what an act's objects make of it ({@link ActObjects}).
 */
class EventTypeRulesTest {

    private static Event top(Coding.Result r) {
        return r.coded().events().stream().max(Comparator.comparingDouble(Event::confidence))
                .orElseThrow(() -> new AssertionError("no event in '" + r.text() + "'"));
    }

    private static List<String> types(Coding.Result r) {
        return r.coded().events().stream().map(Event::type).toList();
    }

    private static List<String> countries(Coding.Result r, List<String> ids) {
        return ids.stream().map(id -> r.coded().actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(Actor::country).orElseThrow()).toList();
    }

    @Test
    void troopsOnAlertAreMobilised() {
        Coding.Result r = Coding.code("Kenyan troops remained on alert along the border on Friday.");
        Event e = r.only("MOBILIZE");
        assertEquals(List.of("KEN"), countries(r, e.actors()));
    }

    @Test
    void beingOpposedToAnActIsARejectionOfWhoeverOffersIt() {
        Coding.Result r = Coding.code("Egypt is opposed to Turkish mediation in the dispute over the dam.");
        Event e = top(r);
        assertEquals("REJECT", e.type(), r.coded().events().toString());
        assertEquals(List.of("EGY"), countries(r, e.actors()));
        assertEquals(List.of("TUR"), countries(r, e.recipients()));
    }

    @Test
    void weaponsOfMassDestructionAreNoAttack() {
        Coding.Result r = Coding.code("Iran said the inspectors found no weapons of mass destruction in Iraq.");
        assertTrue(!types(r).contains("ASSAULT"), r.coded().events().toString());
    }

    @Test
    void aMeetingASpeakerSaysTheyWouldHoldOnAConditionIsAnOffer() {
        Coding.Result r = Coding.code("Ugandan rebel leaders said they would meet the Kenyan mediator if he "
                + "guaranteed their safety.");
        assertEquals("AGREE", top(r).type(), r.coded().events().toString());
        assertTrue(!types(r).contains("CONSULT"), r.coded().events().toString());
    }

    @Test
    void anActSomeoneWasAskedToDoIsNoOffer() {
        Coding.Result r = Coding.code("The Kenyan minister said Nairobi had asked the rebels to hand over their "
                + "weapons.");
        assertTrue(!types(r).contains("AGREE"), r.coded().events().toString());
    }

    @Test
    void aSanctionAnActorMakesHangOnAConditionIsAThreatWithoutASpeaker() {
        Coding.Result r = Coding.code("Kenya may halt its mediation between the Sudanese parties if the fighting "
                + "goes on.");
        Event e = r.only("THREATEN");
        assertEquals(List.of("KEN"), countries(r, e.actors()));
        assertTrue(!types(r).contains("SANCTION"), r.coded().events().toString());
    }

    @Test
    void anAttackTheArticleGuessesAtWithWouldStaysAnAttack() {
        Coding.Result r = Coding.code("Pakistan would strike the camps if the raids went on.");
        assertTrue(!types(r).contains("THREATEN"), r.coded().events().toString());
    }

    @Test
    void blowingUpPowerLinesDamagesPropertyAndIsNoAssault() {
        Coding.Result r = Coding.code("Somali rebels blew up two power lines near the Kenyan border last week.");
        assertEquals("COERCE", top(r).type(), r.coded().events().toString());
        assertTrue(!types(r).contains("ASSAULT"), r.coded().events().toString());
    }

    @Test
    void blowingUpABusIsStillAnAssault() {
        Coding.Result r = Coding.code("Somali rebels blew up a bus near the Kenyan border last week.");
        assertEquals("ASSAULT", top(r).type(), r.coded().events().toString());
    }

    @Test
    void peacekeepersArrivingAreAidAndNoVisit() {
        Coding.Result r = Coding.code("Nigerian peacekeeping troops arrived in Liberia on Monday.");
        Event e = top(r);
        assertEquals("AID", e.type(), r.coded().events().toString());
        assertEquals("074", e.cameo());
        assertTrue(!types(r).contains("CONSULT"), r.coded().events().toString());
    }

    @Test
    void peacekeepersWithdrawnAreTheWithdrawalsParticipantsNotAnAidOfTheirOwn() {
        Coding.Result r = Coding.code("Fifty UN peacekeepers were shipped out of Somalia on Friday.");
        assertEquals(List.of("SANCTION"), types(r), r.coded().events().toString());
    }

    @Test
    void aBattleAgainstADiseaseIsNoAssault() {
        Coding.Result r = Coding.code("Kenya and Uganda will join the battle against malaria next year.");
        assertTrue(!types(r).contains("ASSAULT"), r.coded().events().toString());
    }

    @Test
    void aReminderOfWhatTheOtherMustDoIsADemand() {
        Coding.Result r = Coding.code("The French president issued a stern reminder to Iran that it must respect "
                + "the nuclear agreement.");
        Event e = top(r);
        assertEquals("REQUEST", e.type(), r.coded().events().toString());
        assertEquals(List.of("IRN"), countries(r, e.recipients()));
    }

    @Test
    void aWarningOfWhatTheOtherShouldDoIsADemandAndAWarningOfHarmAThreat() {
        Coding.Result r = Coding.code("The German chancellor issued a warning to Serbia that it should withdraw its "
                + "troops from Kosovo.");
        Event e = top(r);
        assertEquals("REQUEST", e.type(), r.coded().events().toString());
        assertEquals(List.of("SRB"), countries(r, e.recipients()));
        Coding.Result harm = Coding.code("Germany warned Serbia that it would impose sanctions.");
        assertEquals("THREATEN", top(harm).type(), harm.coded().events().toString());
    }

    @Test
    void aCurfewThatIsCutIsEasedNotImposed() {
        Coding.Result r = Coding.code("The Kenyan government cut the nightly curfew in Mombasa by two hours.");
        assertTrue(types(r).contains("CONCEDE"), r.coded().events().toString());
        assertTrue(!types(r).contains("COERCE"), r.coded().events().toString());
    }

    @Test
    void aDecisionToAllowIsTheAllowingAndNoIntent() {
        Coding.Result r = Coding.code("Kenya's Supreme Court decided to allow the opposition leader to stand in "
                + "the election.");
        Event e = top(r);
        assertEquals("CONCEDE", e.type(), r.coded().events().toString());
        assertEquals("asserted", e.factuality());
    }

    @Test
    void preparingToShellIsAMobilisationAndNoOffer() {
        Coding.Result r = Coding.code("The Ugandan army prepared to resume shelling rebel positions in Congo.");
        assertEquals("MOBILIZE", top(r).type(), r.coded().events().toString());
        assertTrue(!types(r).contains("AGREE"), r.coded().events().toString());
    }

    @Test
    void drivingRefugeesFromTheirHomesIsAMassExpulsion() {
        Coding.Result r = Coding.code("Rwandan soldiers forced out 500 refugees from their homes near Goma.");
        Event e = top(r);
        assertEquals("ASSAULT", e.type(), r.coded().events().toString());
        assertEquals("201", e.cameo());
    }

    @Test
    void medicineHandedOverIsAidAndWeaponsHandedOverAreNot() {
        Coding.Result r = Coding.code("Kenyan doctors handed over two tonnes of medicine to hospitals in Somalia.");
        Event e = top(r);
        assertEquals("AID", e.type(), r.coded().events().toString());
        assertEquals("073", e.cameo());
        Coding.Result weapons = Coding.code("Ugandan rebels handed over their weapons to the army in Gulu.");
        assertEquals("RETREAT", top(weapons).type(), weapons.coded().events().toString());
    }

    @Test
    void aidThatIsAllowedInIsAccessGranted() {
        Coding.Result r = Coding.code("Uganda opened the bridge to allow the delivery of grain to Sudan.");
        Event e = top(r);
        assertEquals("RETREAT", e.type(), r.coded().events().toString());
        assertEquals(List.of("UGA"), countries(r, e.actors()));
    }

    @Test
    void whatOfficialsCallOutOfTheQuestionTheyReject() {
        Coding.Result r = Coding.code("Japanese officials said that lifting the sanctions on Iran is out of the "
                + "question.");
        Event e = r.only("REJECT");
        assertEquals(List.of("JPN"), countries(r, e.actors()));
        assertEquals(List.of("IRN"), countries(r, e.recipients()));
    }
}
