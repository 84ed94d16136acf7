package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Document;
import org.sitrep.ingest.RawDocument;

/** The seed article (a Markdown rendering of a Global Research page) comes out with all its metadata. */
class SeedArticleMetadataIT {

    private static final String TITLE = "China, Iran, Pakistan and Russia Statement Sharply Critical of the Taliban"
            + " Regime. The Hosting of ISIS Terrorist Groups in Afghanistan";

    private Path seed;

    @BeforeEach
    void findSeed() {
        String shared = System.getProperty("sitrep.shared");
        seed = shared == null ? null : Path.of(shared, "corpus", "seed", "000_c7798d5db14a961f.txt");
        Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed),
                "seed article not found (system property sitrep.shared): skipping");
    }

    @Test
    void markdownReaderFindsTitleBylineDatelineLabelsAndLanguage() throws IOException {
        Metadata metadata = new MarkdownMetadataReader().read(Files.readString(seed, StandardCharsets.UTF_8));

        assertEquals(TITLE, metadata.title());
        assertEquals(List.of("Andrew Korybko"), metadata.authors());
        assertEquals(LocalDate.of(2024, 10, 3), metadata.published());
        assertEquals("Global Research", metadata.publisher());
        assertEquals(List.of("Asia", "Terrorism", "AFGHANISTAN"), metadata.tags());
        assertEquals("en", metadata.language());
    }

    @Test
    void extractStageCarriesTheSeedMetadataIntoTheDocument() throws IOException {
        byte[] bytes = Files.readAllBytes(seed);
        Document document = new ArticleExtractor().apply(new RawDocument(seed.toString(), bytes)).document();

        assertEquals(TITLE, document.title());
        assertEquals(List.of("Andrew Korybko"), document.authors());
        assertEquals("2024-10-03", document.published());
        assertEquals("Global Research", document.publisher());
        assertEquals(List.of("Asia", "Terrorism", "AFGHANISTAN"), document.tags());
        assertEquals("en", document.language());
    }
}
