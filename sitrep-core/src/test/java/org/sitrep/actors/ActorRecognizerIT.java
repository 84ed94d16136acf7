package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Recognition rules on sentences written for these tests, through CoreNLP (loaded once per JVM). */
class ActorRecognizerIT {

    private static final LocalDate OCT_2024 = LocalDate.of(2024, 10, 3);

    private static ActorSet recognize(String text, LocalDate date) {
        ActorSet set = Nlp.recognizer().recognize(Nlp.annotator().annotate(text, date), date);
        for (Actor actor : set.actors()) {
            for (Mention m : actor.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
            }
        }
        return set;
    }

    private static Actor find(ActorSet set, String code, String sector) {
        return set.actors().stream().filter(a -> Objects.equals(code, a.code()) && Objects.equals(sector, a.sector()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " " + sector + " in " + set));
    }

    private static Set<String> codesAt(ActorSet set, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase);
        return set.idsAt(at, at + phrase.length()).stream().map(id -> set.byId(id).code())
                .collect(Collectors.toSet());
    }

    @Test
    void rolesGiveStatesTheirSectorAsSeparateActors() {
        ActorSet set = recognize("Pakistan's foreign minister said the Pakistani army would stay, "
                + "while Russian troops and Iranian officials watched.", OCT_2024);
        Actor gov = find(set, "PAK", "GOV");
        Actor mil = find(set, "PAK", "MIL");
        assertTrue(gov.mentions().stream().anyMatch(m -> m.text().equals("Pakistan's foreign minister")));
        assertTrue(mil.mentions().stream().anyMatch(m -> m.text().equals("Pakistani army")));
        assertEquals("RUS", find(set, "RUS", "MIL").country());
        assertEquals("IRN", find(set, "IRN", "GOV").country());
        assertEquals("a1", set.actors().get(0).id());
    }

    @Test
    void aRoleBeforeOfGivesTheSector() {
        ActorSet set = recognize("The defence minister of Turkey flew home.", OCT_2024);
        assertTrue(find(set, "TUR", "GOV").mentions().stream()
                .anyMatch(m -> m.text().equals("defence minister of Turkey")));
    }

    @Test
    void seatsOfPowerAreGovernmentsButCapitalsAfterInArePlaces() {
        String text = "The Kremlin rejected the offer, and Islamabad agreed after talks in Kabul.";
        ActorSet set = recognize(text, OCT_2024);
        assertEquals("RUS", find(set, "RUS", "GOV").country());
        assertEquals("PAK", find(set, "PAK", "GOV").country());
        Actor kabul = set.actors().stream().filter(a -> a.name().equals("Kabul")).findFirst().orElseThrow();
        assertEquals("other", kabul.kind());
        assertNull(kabul.code());
        assertEquals("AFG", kabul.country());
    }

    @Test
    void theTalibanAreRebelsBeforeAugust2021AndTheGovernmentAfter() {
        String text = "The Taliban's claims were rejected by residents.";
        Actor before = find(recognize(text, LocalDate.of(2020, 5, 1)), "TALIBAN", "REB");
        Actor after = find(recognize(text, LocalDate.of(2021, 8, 15)), "TALIBAN", "GOV");
        assertEquals("AFG", before.country());
        assertEquals("AFG", after.country());
        assertEquals("Taliban", after.mentions().get(0).text());
    }

    @Test
    void aListOfAdjectivesBeforeARoleIsOneGovernmentActorPerState() {
        String text = "The Chinese, Iranian, Pakistani, and Russian Foreign Ministers met in New York.";
        ActorSet set = recognize(text, OCT_2024);
        for (String state : List.of("CHN", "IRN", "PAK", "RUS")) {
            assertEquals("country", find(set, state, "GOV").kind());
        }
        assertEquals(Set.of("CHN", "IRN", "PAK", "RUS"), codesAt(set, text, "Foreign Ministers"));
    }

    @Test
    void groupWordsNameTheLatestListOfThatSize() {
        String text = "China, Iran and Russia signed a pact. Turkey and Egypt stayed away. "
                + "Those three said the deal was fair, and both sides later met. The four days passed.";
        ActorSet set = recognize(text, OCT_2024);
        assertEquals(Set.of("CHN", "IRN", "RUS"), codesAt(set, text, "Those three"));
        assertEquals(Set.of("TUR", "EGY"), codesAt(set, text, "both sides"));
        assertEquals(Set.of(), codesAt(set, text, "The four days"));
    }

    @Test
    void stateGroupWordsSkipListsOfPlacesAndReadNeitherNor() {
        String text = "Colombia and Ecuador will patrol the San Miguel and Putumayo rivers after attacks that both "
                + "governments blame on a gang. Neither Chile, Peru, nor Bolivia joined. Those other three countries "
                + "stayed silent.";
        ActorSet set = recognize(text, OCT_2024);
        assertEquals(Set.of("COL", "ECU"), codesAt(set, text, "both governments"));
        assertEquals(Set.of("CHL", "PER", "BOL"), codesAt(set, text, "Those other three countries"));
    }

    @Test
    void anUncountedStateGroupWordNamesTheLastListOfStatesUnlessTheWordsAroundSayWhich() {
        String text = "Ministers of Ghana, Togo and Benin met in Accra. Farmers urged the governments to act. "
                + "Traders asked the governments of the region for help. Togo is one of the countries hit by floods.";
        ActorSet set = recognize(text, OCT_2024);
        assertEquals(Set.of("GHA", "TGO", "BEN"), codesAt(set, text, "the governments to"));
        assertEquals(Set.of(), codesAt(set, text, "the governments of"));
        assertEquals(Set.of(), codesAt(set, text, "the countries hit"));
    }

    @Test
    void aCounterpartIsAGovernmentRole() {
        String text = "The Ghanaian minister met her Togolese counterpart in Lome.";
        ActorSet set = recognize(text, OCT_2024);
        assertEquals("TGO", find(set, "TGO", "GOV").code());
    }

    @Test
    void theGroupIsTheBodyNamedLastBeforeIt() {
        String text = "Traders blame an armed group known as Frente del Río for the attacks. The group did not "
                + "respond.";
        ActorSet set = recognize(text, OCT_2024);
        Actor group = set.actors().stream().filter(a -> a.name().equals("Frente del Río")).findFirst().orElseThrow();
        assertEquals(List.of("Frente del Río", "The group"), group.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void unknownNamedEntitiesStayWithANullCode() {
        String text = "Maria Okonkwo of the Harbour Fisheries Cooperative spoke to reporters. Okonkwo left early.";
        ActorSet set = recognize(text, OCT_2024);
        Actor person = set.actors().stream().filter(a -> a.kind().equals("person")).findFirst().orElseThrow();
        assertNull(person.code());
        assertEquals(List.of("Maria Okonkwo", "Okonkwo"), person.mentions().stream().map(Mention::text).toList());
        Actor org = set.actors().stream().filter(a -> a.kind().equals("organisation")).findFirst().orElseThrow();
        assertNull(org.code());
        assertTrue(org.name().contains("Harbour Fisheries Cooperative"), org.name());
    }

    @Test
    void lowerCaseUsAndStanceAdjectivesAreNotActors() {
        ActorSet set = recognize("Tell us why anti-Pakistani militants attacked the US embassy.", OCT_2024);
        assertTrue(set.actors().stream().noneMatch(a -> "PAK".equals(a.country())), set.toString());
        Actor us = find(set, "USA", "GOV");
        assertTrue(us.mentions().stream().noneMatch(m -> m.text().equals("us")));
    }
}
