package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.events.Event;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.RawDocument;

/** The seed article through the extract and analyse stages, read as an analyst would. */
class SeedAnalysisIT {

    private static Analysis seed;

    @BeforeAll
    static void analyse() throws IOException {
        Path file = Path.of(System.getProperty("sitrep.shared", "../shared"), "corpus", "seed",
                "000_c7798d5db14a961f.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "seed article not found at " + file);
        RawDocument raw = new RawDocument(file.toString(), Files.readAllBytes(file));
        seed = new ArticleExtractor().then(Analyzer.bundled()).apply(raw);
    }

    private static Event byTrigger(String trigger) {
        List<Event> found = seed.events().stream().filter(e -> e.trigger() != null && e.trigger().text().equals(trigger))
                .toList();
        assertEquals(1, found.size(), () -> "one event triggered by '" + trigger + "' in " + seed.events());
        return found.get(0);
    }

    private static List<String> names(List<String> ids) {
        return ids.stream().map(id -> seed.actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(Actor::name).orElseThrow()).toList();
    }

    private static List<String> codes(List<String> ids) {
        return ids.stream().map(id -> seed.actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(Actor::country).orElse(null)).toList();
    }

    @Test
    void theFourStatesStatementIsCriticalOfTheTaliban() {
        Event e = byTrigger("critical of");
        assertEquals("ACCUSE", e.type());
        assertEquals("asserted", e.factuality());
        assertTrue(codes(e.actors()).containsAll(List.of("CHN", "IRN", "PAK", "RUS")), () -> codes(e.actors()).toString());
        assertTrue(names(e.recipients()).contains("Taliban"), () -> names(e.recipients()).toString());
    }

    @Test
    void theCallOnTheTalibanIsARequest() {
        Event e = byTrigger("called on");
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("Taliban"), names(e.recipients()));
    }

    @Test
    void theDocumentBlamedNato() {
        Event e = byTrigger("blamed");
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("NATO"), names(e.recipients()));
    }

    @Test
    void crossBorderActionIfNecessaryIsHypothetical() {
        Event e = byTrigger("military action");
        assertEquals("hypothetical", e.factuality());
        assertEquals(List.of("PAK"), codes(e.actors()));
    }

    @Test
    void whatPakistanMightResortToIsPossible() {
        List<Event> means = seed.events().stream().filter(e -> e.trigger().text().equals("military means")).toList();
        assertFalse(means.isEmpty());
        means.forEach(e -> assertEquals("possible", e.factuality(), e::toString));
    }

    @Test
    void theDocumentThatBlamedNatoIsTheFourStatesStatement() {
        Event e = byTrigger("blamed");
        assertTrue(codes(e.actors()).containsAll(List.of("CHN", "IRN", "PAK", "RUS")), () -> codes(e.actors()).toString());
    }

    @Test
    void neitherChinaIranNorRussiaWillScaleBackTheirTies() {
        Event e = byTrigger("scale back their ties");
        assertEquals("negated", e.factuality());
        assertEquals(List.of("CHN", "IRN", "RUS"), codes(e.actors()));
        assertEquals(List.of("Taliban"), names(e.recipients()));
    }

    @Test
    void thePressureTheyWillNotApplyGoesFromThemToTheTaliban() {
        Event e = byTrigger("pressure");
        assertEquals("negated", e.factuality());
        assertEquals(List.of("CHN", "IRN", "RUS"), codes(e.actors()));
        assertEquals(List.of("Taliban"), names(e.recipients()));
    }

    @Test
    void whatTheTalibanConsidersAThreatIsNoThreat() {
        assertTrue(seed.events().stream().noneMatch(e -> e.type().equals("THREATEN")), seed.events()::toString);
    }

    @Test
    void talibanBackedTerroristsAreNoSupportEvent() {
        assertTrue(seed.events().stream().noneMatch(e -> e.type().equals("SUPPORT")), seed.events()::toString);
    }

    @Test
    void nothingComesFromThePageFurniture() {
        String text = seed.document().text();
        for (Event e : seed.events()) {
            String sentence = text.substring(e.sentence().start(), e.sentence().end()).toLowerCase(Locale.ROOT);
            for (String furniture : List.of("copyright", "global research", "disclaimer", "facebook", "member of")) {
                assertFalse(sentence.contains(furniture), () -> "event from furniture: " + sentence);
            }
        }
    }
}
