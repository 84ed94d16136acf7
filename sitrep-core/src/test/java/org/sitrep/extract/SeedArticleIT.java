package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.RawDocument;

/**
 * The seed article (a Markdown rendering of a commentary page) read end to end through the extract stage:
 * the first thing sitrep must read perfectly.
 */
class SeedArticleIT {

    private static Extraction seed;

    @BeforeAll
    static void extractSeed() throws IOException {
        Path file = Path.of(System.getProperty("sitrep.shared", "../../shared"),
                "corpus/seed/000_c7798d5db14a961f.txt");
        assumeTrue(Files.isRegularFile(file), "shared seed article missing at " + file + ": skipping");
        seed = new ArticleExtractor().apply(new RawDocument(file.toString(), Files.readAllBytes(file)));
    }

    @Test
    void metadataComesFromTheRenderedHeader() {
        Document d = seed.document();
        assertEquals("markdown", d.format());
        assertTrue(d.title().startsWith("China, Iran, Pakistan and Russia Statement Sharply Critical"), d.title());
        assertTrue(d.title().endsWith("Terrorist Groups in Afghanistan"), d.title());
        assertEquals(List.of("Andrew Korybko"), d.authors());
        assertEquals("2024-10-03", d.published());
        assertEquals("Global Research", d.publisher());
        assertEquals(List.of("Asia", "Terrorism", "AFGHANISTAN"), d.tags());
        assertEquals("en", d.language());
    }

    @Test
    void bodyRunsFromTheLedeToTheLastParagraph() {
        String text = seed.document().text();
        assertTrue(text.startsWith("All four agree that it isn't doing enough"), text.substring(0, 80));
        assertTrue(text.endsWith("might actually be in the cards."), text.substring(text.length() - 80));
        assertTrue(text.contains("the only one among them that might do something tangible"),
                "a sentence broken over two paragraphs by the rendering is joined again");
        assertEquals(9, text.split("\n\n").length, "lede plus eight body paragraphs");
    }

    @Test
    void noPageFurnitureOrMarkupSurvives() {
        String text = seed.document().text();
        for (String furniture : List.of("Global Research, October", "Region:", "Click the share button",
                "Follow us", "Get Your Free Copy", "originally published", "Moscow-based political analyst",
                "Copyright", "Comment on Global Research", "Become a Member", "Disclaimer", "fair use",
                "media inquiries", "](", "**", "\\*")) {
            assertFalse(text.contains(furniture), "furniture left in body: " + furniture);
        }
        assertTrue(seed.problems().isEmpty(), seed.problems().toString());
    }
}
