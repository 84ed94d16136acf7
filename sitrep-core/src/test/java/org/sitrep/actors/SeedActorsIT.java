package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Document;
import org.sitrep.ingest.RawDocument;

/** The key actors of the seed article (a 2024-10-03 report on a four-state statement about Afghanistan). */
class SeedActorsIT {

    private static String text;
    private static ActorSet actors;

    @BeforeAll
    static void recognizeSeed() throws IOException {
        Path file = Path.of(System.getProperty("sitrep.shared", "../../shared"),
                "corpus/seed/000_c7798d5db14a961f.txt");
        assumeTrue(Files.isRegularFile(file), "shared seed article missing at " + file + ": skipping");
        Document document = new ArticleExtractor().apply(new RawDocument(file.toString(), Files.readAllBytes(file)))
                .document();
        text = document.text();
        LocalDate date = LocalDate.parse(document.published());
        actors = Nlp.recognizer().recognize(Nlp.annotator().annotate(text, date), date);
        if (System.getenv("SITREP_DEBUG") != null) {
            actors.actors().forEach(a -> System.out.println(a.id() + " " + a.name() + " " + a.code() + " "
                    + a.country() + " " + a.sector() + " " + a.kind() + " "
                    + a.mentions().stream().map(Mention::text).toList()));
        }
    }

    private static Actor actor(String code, String sector) {
        return actors.actors().stream()
                .filter(a -> code.equals(a.code()) && java.util.Objects.equals(sector, a.sector()))
                .findFirst().orElseThrow(() -> new AssertionError("no actor " + code + " " + sector));
    }

    @Test
    void theFourStatesAreGovernments() {
        for (String state : List.of("CHN", "IRN", "PAK", "RUS")) {
            Actor actor = actor(state, "GOV");
            assertEquals(state, actor.country());
            assertEquals("country", actor.kind());
        }
    }

    @Test
    void theTalibanGovernAfghanistanIn2024() {
        Actor taliban = actor("TALIBAN", "GOV");
        assertEquals("AFG", taliban.country());
        assertEquals("armed_group", taliban.kind());
    }

    @Test
    void militantGroupsBodiesAndTheOutletAreFound() {
        assertEquals("AFG", actor("ISKP", "REB").country());
        assertEquals("PAK", actor("TTP", "REB").country());
        assertEquals("PAK", actor("BLA", "REB").country());
        assertEquals("igo", actor("NATO", "IGO").kind());
        assertEquals("igo", actor("UNGA", "IGO").kind());
        assertEquals("media", actor("EXPRESS_TRIBUNE", "JRN").kind());
    }

    @Test
    void thoseFourNameTheFourStates() {
        int at = text.indexOf("Those four");
        assertTrue(at >= 0, "the seed says 'Those four'");
        List<String> ids = actors.idsAt(at, at + "Those four".length());
        Set<String> codes = ids.stream().map(id -> actors.byId(id).code()).collect(Collectors.toSet());
        assertEquals(Set.of("CHN", "IRN", "PAK", "RUS"), codes);
    }

    @Test
    void everyMentionIsTheTextAtItsOffsets() {
        for (Actor actor : actors.actors()) {
            for (Mention mention : actor.mentions()) {
                assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
            }
        }
    }
}
