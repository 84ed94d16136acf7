package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    private static final ActorDictionary ACTORS = ActorDictionary.bundled();

    private static AliasMatch only(String phrase) {
        List<AliasMatch> found = ACTORS.lookup(phrase);
        assertEquals(1, found.size(), () -> phrase + " should name one actor but names " + found);
        return found.get(0);
    }

    private static Resolution resolve(String phrase, String date) {
        return only(phrase).resolve(date == null ? null : LocalDate.parse(date));
    }

    @Test
    void everyIsoCountryCodeIsPresentExactlyOnce() {
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        List<String> ours = ACTORS.entries().stream()
                .filter(e -> e.kind() == ActorKind.COUNTRY).map(ActorEntry::id).toList();
        assertEquals(ours.size(), Set.copyOf(ours).size(), "a country code is listed twice");
        assertEquals(new TreeSet<>(iso), new TreeSet<>(ours));
        assertEquals(249, ours.size());
    }

    @Test
    void everyAliasLooksUpItsOwnEntry() {
        List<String> lost = new ArrayList<>();
        for (ActorEntry entry : ACTORS.entries()) {
            for (Alias alias : entry.aliases()) {
                boolean found = ACTORS.lookup(alias.text()).stream()
                        .anyMatch(m -> m.entry().id().equals(entry.id()));
                if (!found) {
                    lost.add(entry.id() + ": " + alias.text());
                }
            }
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void everyRolePhraseGivesItsSector() {
        for (Role role : ACTORS.roles()) {
            assertEquals(role.sector(), ACTORS.role(role.phrase()).orElseThrow(), role.phrase());
        }
        assertEquals(Sector.MIL, ACTORS.role("troops").orElseThrow());
        assertEquals(Sector.GOV, ACTORS.role("Foreign Ministers").orElseThrow());
        assertTrue(ACTORS.role("weather").isEmpty());
    }

    @Test
    void talibanAreRebelsBefore15August2021AndAfghanGovernmentFromThen() {
        assertEquals(new Resolution("TALIBAN", "AFG", Sector.REB), resolve("the Taliban", "2020-05-01"));
        assertEquals(Sector.REB, resolve("Taliban", "2021-08-14").sector());
        assertEquals(Sector.GOV, resolve("Taliban", "2021-08-15").sector());
        assertEquals(new Resolution("TALIBAN", "AFG", Sector.GOV), resolve("the Taliban", "2024-10-03"));
        assertEquals(Sector.GOV, resolve("Islamic Emirate of Afghanistan", null).sector());
    }

    @Test
    void htsIsSyrianRebelsUntilAssadFellAndSyrianGovernmentFrom8December2024() {
        assertEquals(new Resolution("HTS", "SYR", Sector.REB), resolve("HTS", "2024-12-07"));
        assertEquals(new Resolution("HTS", "SYR", Sector.GOV), resolve("Hay'at Tahrir al-Sham", "2024-12-08"));
        ActorEntry hts = ACTORS.byId("HTS").orElseThrow();
        assertEquals(Sector.GOV, ACTORS.resolve(hts, LocalDate.parse("2025-03-01")).sector());
    }

    @Test
    void adjectivesAndDemonymsNameTheirCountryWithoutASector() {
        AliasMatch pakistani = only("Pakistani");
        assertEquals(AliasForm.ADJECTIVE, pakistani.alias().form());
        assertEquals(new Resolution("PAK", "PAK", null), pakistani.resolve(null));
        assertEquals("CHN", only("Chinese").resolve(null).country());
        assertEquals("IRN", only("Iranians").resolve(null).country());
        assertEquals("SSD", only("South Sudanese").resolve(null).country());
        Set<String> congolese = ACTORS.lookup("Congolese").stream()
                .map(m -> m.entry().id()).collect(Collectors.toSet());
        assertEquals(Set.of("COD", "COG"), congolese);
    }

    @Test
    void seatsOfPowerStandForTheirInstitution() {
        assertEquals(new Resolution("RUS", "RUS", Sector.GOV), resolve("the Kremlin", null));
        assertEquals(new Resolution("USA", "USA", Sector.MIL), resolve("the Pentagon", null));
        assertEquals(new Resolution("PAK", "PAK", Sector.MIL), resolve("Rawalpindi", null));
        assertEquals(new Resolution("GBR", "GBR", Sector.LEG), resolve("Westminster", null));
        assertEquals(new Resolution("AFG", "AFG", Sector.GOV), resolve("Kabul", null));
        assertEquals(AliasForm.SEAT, only("Zhongnanhai").alias().form());
    }

    @Test
    void capitalsMatterButPunctuationAndAccentsDoNot() {
        assertEquals("USA", only("US").entry().id());
        assertEquals("USA", only("U.S.").entry().id());
        assertTrue(ACTORS.lookup("us").isEmpty());
        assertTrue(ACTORS.lookup("turkey").isEmpty());
        assertEquals("TUR", only("Turkey").entry().id());
        assertEquals("PAK", only("PAKISTAN").entry().id());
        assertEquals("CIV", only("Cote d’Ivoire").entry().id());
        for (String spelling : List.of("al-Qaeda", "al Qaeda", "Al-Qaeda", "Al-Qaida", "AL QAEDA", "al-Qa’ida")) {
            assertEquals("AL_QAEDA", only(spelling).entry().id(), spelling);
        }
        assertTrue(ACTORS.lookup("Qaeda").isEmpty());
    }

    @Test
    void organisationsCarryKindCountryAndSector() {
        AliasMatch ttp = only("Pakistani Taliban");
        assertEquals(ActorKind.ARMED_GROUP, ttp.entry().kind());
        assertEquals(new Resolution("TTP", "PAK", Sector.REB), ttp.resolve(LocalDate.parse("2024-10-03")));
        assertEquals(new Resolution("UNGA", null, Sector.IGO), resolve("UNGA", null));
        assertEquals(ActorKind.IGO, only("U.N.").entry().kind());
        assertEquals(new Resolution("EXPRESS_TRIBUNE", "PAK", Sector.JRN), resolve("The Express Tribune", null));
        assertEquals(Sector.JUD, resolve("International Court of Justice", null).sector());
        assertEquals(new Resolution("RSF", "SDN", Sector.REB), resolve("Rapid Support Forces", "2024-01-01"));
    }

    @Test
    void leadersChangeSectorWithOffice() {
        assertEquals(new Resolution("TRUMP", "USA", Sector.GOV), resolve("Donald Trump", "2019-05-01"));
        assertEquals(Sector.OPP, resolve("Trump", "2023-06-01").sector());
        assertEquals(Sector.GOV, resolve("Trump", "2025-01-20").sector());
        assertEquals(Sector.GOV, resolve("Imran Khan", "2022-04-09").sector());
        assertEquals(Sector.OPP, resolve("Imran Khan", "2022-04-10").sector());
        assertEquals(new Resolution("AL_SHARAA", "SYR", Sector.GOV), resolve("Abu Mohammad al-Jolani", "2025-02-01"));
        assertEquals(ActorKind.PERSON, only("Putin").entry().kind());
        assertTrue(ACTORS.lookup("Khan").isEmpty());
    }

    @Test
    void entriesCannotBeChangedFromOutside() {
        assertThrows(UnsupportedOperationException.class, () -> ACTORS.entries().clear());
        ActorEntry pakistan = ACTORS.byId("PAK").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> pakistan.aliases().clear());
        assertThrows(UnsupportedOperationException.class, () -> ACTORS.lookup("Pakistan").clear());
    }

    @Test
    void nullArgumentsAreRejectedWithTheirName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ACTORS.lookup(null));
        assertEquals("phrase", e.getMessage());
        assertThrows(NullPointerException.class, () -> ActorDictionary.load(null));
        assertThrows(NullPointerException.class, () -> ACTORS.find(null));
    }

    @Test
    void entryOriginsPointAtTheirLine() {
        ActorEntry taliban = ACTORS.byId("TALIBAN").orElseThrow();
        assertEquals("armed_groups.tsv", taliban.origin().source());
        assertTrue(taliban.origin().line() > 1);
        assertNull(ACTORS.byId("XYZ").orElse(null));
    }
}
