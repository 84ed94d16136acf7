package org.sitrep.actors;

import org.sitrep.pipeline.DataFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User dictionary files: how they extend and override the bundled ones, and how their mistakes are reported. */
class UserDictionaryTest {

    private static final String ACTOR_HEADER = "id\tkind\tname\taliases\tcodes\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private DataFileException failure(String text) throws IOException {
        Path file = write("mine.tsv", text);
        return assertThrows(DataFileException.class, () -> ActorDictionary.load(List.of(file)));
    }

    @Test
    void userEntriesExtendTheBundledOnes() throws IOException {
        Path file = write("mine.tsv", "# my own groups\n" + ACTOR_HEADER
                + "PDM\torganisation\tPakistan Democratic Movement\tPDM\tPAK OPP\n");
        ActorDictionary actors = ActorDictionary.load(List.of(file));
        AliasMatch pdm = actors.lookup("PDM").get(0);
        assertEquals(new Resolution("PDM", "PAK", Sector.OPP), pdm.resolve(null));
        assertEquals(file.toString(), pdm.entry().origin().source());
        assertEquals(3, pdm.entry().origin().line());
        assertEquals("PAK", actors.lookup("Pakistan").get(0).entry().id());
        assertTrue(ActorDictionary.bundled().lookup("PDM").isEmpty());
    }

    @Test
    void userEntryWithABundledIdReplacesItAndItsAliases() throws IOException {
        Path file = write("mine.tsv", ACTOR_HEADER
                + "HEZBOLLAH\tarmed_group\tHezbollah\tHizballah\tLBN REB ..2000-01-01 | LBN PTY 2000-01-02..\n");
        ActorDictionary actors = ActorDictionary.load(List.of(file));
        assertEquals(Sector.PTY, actors.lookup("Hezbollah").get(0).resolve(LocalDate.parse("2024-01-01")).sector());
        assertTrue(actors.lookup("Hizbullah").isEmpty(), "the bundled aliases go with the bundled entry");
        assertEquals(ActorDictionary.bundled().entries().size(), actors.entries().size());
    }

    @Test
    void userCountryFileAddsSeatsAndUserRolesOverrideSectors() throws IOException {
        Path countries = write("countries.tsv", "code\tname\taliases\tadjectives\tseats\n"
                + "PAK\tPakistan\t\tPakistani\tIslamabad|Aabpara(SPY)\n");
        Path roles = write("roles.tsv", "sector\tphrases\nCVL\tforces\nEDU\tcadets\n");
        ActorDictionary actors = ActorDictionary.load(List.of(countries, roles));
        assertEquals(new Resolution("PAK", "PAK", Sector.SPY), actors.lookup("Aabpara").get(0).resolve(null));
        assertTrue(actors.lookup("Rawalpindi").isEmpty());
        assertEquals(Sector.CVL, actors.role("forces").orElseThrow());
        assertEquals(Sector.EDU, actors.role("cadets").orElseThrow());
        assertEquals(Sector.MIL, actors.role("troops").orElseThrow());
    }

    @Test
    void unknownSectorIsReportedWithFileAndLine() throws IOException {
        DataFileException e = failure(ACTOR_HEADER + "X1\tarmed_group\tGroup One\t\tPAK XXX\n");
        assertTrue(e.getMessage().startsWith(dir.resolve("mine.tsv") + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains("unknown sector 'XXX'"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void badDateIsReportedWithFileAndLine() throws IOException {
        DataFileException e = failure(ACTOR_HEADER + "\n# a comment\n"
                + "X1\tarmed_group\tGroup One\t\tPAK REB ..2021-02-30 | PAK GOV 2021-03-01..\n");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("bad date '2021-02-30'"), e.getMessage());
    }

    @Test
    void wrongColumnCountIsReportedWithFileAndLine() throws IOException {
        DataFileException e = failure(ACTOR_HEADER + "X1  armed_group  Group One  PAK REB\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("expected 5 tab-separated columns"), e.getMessage());
    }

    @Test
    void duplicateIdInOneFileIsReportedAtTheSecondLine() throws IOException {
        DataFileException e = failure(ACTOR_HEADER + "X1\tarmed_group\tGroup One\t\tPAK REB\n"
                + "X1\tarmed_group\tGroup Two\t\tAFG REB\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("duplicate id X1"), e.getMessage());
    }

    @Test
    void otherMistakesNameTheirLine() throws IOException {
        assertTrue(failure(ACTOR_HEADER + "X1\tgang\tGroup One\t\tPAK REB\n").getMessage().contains("unknown kind"));
        assertTrue(failure(ACTOR_HEADER + "X1\tarmed_group\tGroup One\t\tXYZ REB\n").getMessage()
                .contains("unknown country code XYZ"));
        assertTrue(failure(ACTOR_HEADER + "X1\tarmed_group\tGroup One\t\tPAK REB ..2021-01-01 | PAK GOV 2020-06-01..\n")
                .getMessage().contains("overlapping periods"));
        assertTrue(failure(ACTOR_HEADER + "x-1\tarmed_group\tGroup One\t\tPAK REB\n").getMessage()
                .contains("id must be capital letters"));
        assertTrue(failure("sector\tphrases\nGOV\tenvoy\nMIL\tEnvoy\n").getMessage().contains("duplicate role phrase"));
        assertTrue(failure("name\tcode\nPakistan\tPAK\n").getMessage().contains(":1: unknown header"));
        assertTrue(failure("# only comments\n").getMessage().endsWith("no header line"));
    }

    @Test
    void missingFileIsAnInputError() {
        Path missing = dir.resolve("absent.tsv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ActorDictionary.load(List.of(missing)));
        assertTrue(e.getMessage().contains("absent.tsv"));
        assertFalse(Files.exists(missing));
    }
}
