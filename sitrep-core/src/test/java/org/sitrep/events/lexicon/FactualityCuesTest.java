package org.sitrep.events.lexicon;

import org.sitrep.pipeline.DataFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactualityCuesTest {

    private static final FactualityCues CUES = FactualityCues.bundled();
    private static final FallbackLemmatizer LEMMATIZER = FallbackLemmatizer.forVocabulary(
            CUES.cues().stream().flatMap(c -> c.phrase().tokens().stream()).toList());

    @TempDir
    Path dir;

    private static List<CueMatch> find(String sentence) {
        List<String> words = Arrays.asList(sentence.split(" "));
        return CUES.find(words, LEMMATIZER.lemmas(words));
    }

    private static String kinds(String sentence) {
        return String.join(" ", find(sentence).stream()
                .map(m -> m.first().kind() + "/" + m.first().factuality()).toList());
    }

    @Test
    void hedgeWordsMakeAnEventPossible() {
        FactualityCue reportedly = CUES.lookupWord("Reportedly").get(0);
        assertEquals(FactualityCue.Kind.HEDGE, reportedly.kind());
        assertEquals(Factuality.POSSIBLE, reportedly.factuality());
        assertEquals(FactualityCue.Scope.CLAUSE, reportedly.scope());
    }

    @Test
    void suspectingIsAttributionThatHedgesItsComplement() {
        FactualityCue suspect = CUES.lookupLemma("suspect").get(0);
        assertTrue(suspect.attributes());
        assertEquals(Factuality.POSSIBLE, suspect.factuality());
        assertEquals(FactualityCue.Scope.COMPLEMENT, suspect.scope());
        assertEquals("ATTRIBUTION/POSSIBLE", kinds("Islamabad suspects that Kabul harbours them"));
    }

    @Test
    void sayingAssertsAndDenyingNegatesTheReportedClause() {
        assertEquals(Factuality.ASSERTED, CUES.lookupLemma("say").get(0).factuality());
        assertTrue(CUES.lookupLemma("deny").stream().allMatch(c -> c.factuality() == Factuality.NEGATED));
        assertEquals("ATTRIBUTION/ASSERTED", kinds("the ministry said that troops withdrew"));
    }

    @Test
    void multiWordCuesAreFoundAsOne() {
        List<CueMatch> according = find("according to officials , rebels attacked");
        assertEquals(1, according.size());
        assertEquals(List.of(0, 1), according.get(0).positions());
        assertEquals("FUTURE/FUTURE", kinds("Iran is expected to respond"));
        assertEquals("NEGATION/NEGATED", kinds("police no longer tolerate rallies"));
    }

    @Test
    void surfaceWordBeatsLemmaWhenBothMatchAsFar() {
        assertEquals("CONDITIONAL/HYPOTHETICAL CONDITIONAL/HYPOTHETICAL",
                kinds("if Russia were to cross the border"), "were to is conditional, not the future be to");
        assertEquals("FUTURE/FUTURE", kinds("the minister is to visit Kabul"));
    }

    @Test
    void negationAndModalAreSeparateCues() {
        assertEquals("MODAL/POSSIBLE NEGATION/NEGATED", kinds("Pakistan may not strike"));
        assertEquals("NEGATION/NEGATED", kinds("they did n't attack"));
        assertEquals("NEGATION/NEGATED", kinds("Turkey refused to deploy troops"));
    }

    @Test
    void bundledCuesCoverEveryKind() {
        for (FactualityCue.Kind kind : FactualityCue.Kind.values()) {
            assertTrue(CUES.cues().stream().anyMatch(c -> c.kind() == kind), "no cue of kind " + kind);
        }
    }

    @Test
    void strongestFactualityFollowsThePrecedence() {
        assertEquals(Factuality.NEGATED, Factuality.strongest(Factuality.FUTURE, Factuality.NEGATED));
        assertEquals(Factuality.POSSIBLE, Factuality.strongest(Factuality.POSSIBLE, Factuality.NEGATED));
        assertEquals(Factuality.HYPOTHETICAL, Factuality.strongest(Factuality.ASSERTED, Factuality.HYPOTHETICAL));
        assertEquals("hypothetical", Factuality.HYPOTHETICAL.label());
    }

    @Test
    void userCueFileOverridesAndBadLinesNameTheirLine() throws IOException {
        Path file = dir.resolve("cues.tsv");
        Files.writeString(file, "# newsroom style\nsaid\tW\tATTRIBUTION\tpossible\tcomplement\n", StandardCharsets.UTF_8);
        FactualityCues mine = FactualityCues.load(List.of(file));
        assertEquals(Factuality.POSSIBLE, mine.lookupWord("said").get(0).factuality());
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "said\tX\tATTRIBUTION\tASSERTED\tCOMPLEMENT\n", StandardCharsets.UTF_8);
        DataFileException e = assertThrows(DataFileException.class, () -> FactualityCues.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ":1: match must be W"), e.getMessage());
        Files.writeString(bad, "said\tW\tGOSSIP\tASSERTED\tCOMPLEMENT\n", StandardCharsets.UTF_8);
        assertThrows(DataFileException.class, () -> FactualityCues.load(List.of(bad)));
    }

    @Test
    void mismatchedWordAndLemmaListsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CUES.find(List.of("a", "b"), List.of("a")));
    }
}
