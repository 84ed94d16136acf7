package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed article, a Markdown rendering of a web page, read from the shared folder. */
class SeedArticleIT {

    private static final Path SEED = Path.of(System.getProperty("sitrep.shared", "../shared"),
            "corpus", "seed", "000_c7798d5db14a961f.txt");

    private String body() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not found at " + SEED);
        return new MarkdownBodyExtractor().extract(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    @Test
    void startsAtTheLedeAndEndsAtTheLastBodyParagraph() throws IOException {
        String body = body();
        assertTrue(body.startsWith("All four agree that it isn't doing enough"), body);
        assertTrue(body.endsWith("might actually be in the cards."), body);
    }

    @Test
    void mendsTheSentenceTheRenderingBroke() throws IOException {
        assertTrue(body().contains("with Pakistan being the only one among them that might do something tangible"));
    }

    @Test
    void leavesOutHeaderAndFooterFurniture() throws IOException {
        String body = body();
        for (String furniture : List.of("Global Research, October 03, 2024", "Region:", "Theme:", "In-depth Report",
                "Andrew Korybko", "Click the share button", "Follow us", "originally published", "Copyright",
                "Become a Member", "Articles by", "About the author", "Disclaimer", "fair use", "media inquiries",
                "](", "**")) {
            assertFalse(body.contains(furniture), furniture);
        }
        assertFalse(body.contains("\n\n*\n\n"));
    }
}
