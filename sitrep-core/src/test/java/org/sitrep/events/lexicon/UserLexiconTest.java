package org.sitrep.events.lexicon;

import org.sitrep.pipeline.DataFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLexiconTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<PloverType> senses(EventLexicon lexicon, String... lemmas) {
        return lexicon.find(List.of(lemmas)).stream().flatMap(m -> m.senses().stream()).map(TriggerEntry::type)
                .toList();
    }

    @Test
    void userLineReplacesEveryBundledSenseOfThatPhraseAndClass() throws IOException {
        Path file = write("mine.tsv", "# labour news: a strike is a strike",
                "strike\tN\tPROTEST\tstrike-lim\t-\t143\t-");
        EventLexicon lexicon = EventLexicon.load(List.of(file));
        List<String> lemmas = List.of("the", "strike", "continue");
        List<TriggerMatch> found = lexicon.find(lemmas, List.of("DT", "NN", "VBZ"));
        assertEquals(List.of(PloverType.PROTEST), found.get(0).senses().stream().map(TriggerEntry::type).toList());
        assertEquals(file + ":2", found.get(0).first().where().toString());
        List<TriggerMatch> verb = lexicon.find(List.of("they", "strike", "the", "base"), List.of("PRP", "VBD", "DT", "NN"));
        assertEquals(PloverType.ASSAULT, verb.get(0).first().type(), "the verb sense is a different key and stays");
    }

    @Test
    void userFileAddsNewPhrases() throws IOException {
        Path file = write("mine.tsv", "lob ... grenade\tV\tASSAULT\texplosives\t-\t183\tnsubj>obl:at");
        EventLexicon lexicon = EventLexicon.load(List.of(file));
        assertEquals(List.of(PloverType.ASSAULT), senses(lexicon, "they", "lob", "a", "grenade", "at", "police"));
        assertEquals(List.of(), senses(EventLexicon.bundled(), "they", "lob", "a"));
    }

    @Test
    void stopLineInUserFileSilencesABundledTrigger() throws IOException {
        Path file = write("mine.tsv", "attack\tN\t-\t-\t-\t-\t-");
        EventLexicon lexicon = EventLexicon.load(List.of(file));
        assertEquals(List.of(), senses(lexicon, "a", "attack"));
        assertTrue(EventLexicon.bundled().entries().size() > lexicon.entries().size());
    }

    @Test
    void wrongFieldCountNamesFileAndLine() throws IOException {
        Path file = write("bad.tsv", "# comment", "", "attack\tN\tASSAULT");
        DataFileException e = assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":3: expected 7"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void unknownTypeIsRejected() throws IOException {
        Path file = write("bad.tsv", "attack\tN\tFIGHTING\t-\t-\t190\t-");
        DataFileException e = assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":1: "), e.getMessage());
    }

    @Test
    void modeOfAnotherTypeIsRejected() throws IOException {
        Path file = write("bad.tsv", "attack\tN\tASSAULT\tphone\t-\t190\t-");
        DataFileException e = assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(file)));
        assertTrue(e.getMessage().contains("mode 'phone' is not a mode of ASSAULT"), e.getMessage());
    }

    @Test
    void cameoCodeOfAnotherTypeIsRejected() throws IOException {
        Path file = write("bad.tsv", "attack\tN\tASSAULT\t-\t-\t111\t-");
        DataFileException e = assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(file)));
        assertTrue(e.getMessage().contains("CAMEO 111 is ACCUSE but the entry says ASSAULT"), e.getMessage());
    }

    @Test
    void unknownCameoCodeContextAndArgumentsAreRejected() throws IOException {
        Path code = write("a.tsv", "attack\tN\tASSAULT\t-\t-\t1999\t-");
        assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(code)));
        Path context = write("b.tsv", "attack\tN\tASSAULT\t-\tweather\t190\t-");
        assertTrue(assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(context))).getMessage()
                .contains("unknown context 'weather'"));
        Path args = write("c.tsv", "attack\tN\tASSAULT\t-\t-\t190\tnsubj>obj=obl:with");
        assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(args)));
        Path stop = write("d.tsv", "attack\tN\t-\t-\t-\t190\t-");
        assertTrue(assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(stop))).getMessage()
                .contains("stop phrase"));
    }

    @Test
    void patternWithLeadingGapIsRejected() throws IOException {
        Path file = write("bad.tsv", "... attack\tN\tASSAULT\t-\t-\t190\t-");
        DataFileException e = assertThrows(DataFileException.class, () -> EventLexicon.load(List.of(file)));
        assertTrue(e.getMessage().contains("cannot start or end"), e.getMessage());
    }

    @Test
    void missingFileIsAnIoError() {
        assertThrows(java.io.UncheckedIOException.class, () -> EventLexicon.load(List.of(dir.resolve("none.tsv"))));
    }
}
