package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.DocumentException;

/** The extract stage's contract: what every stage owes its callers, on small pages written for this test. */
class ArticleExtractorTest {

    private static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Ministers meet in Tashkent | Steppe Herald</title>
            <meta property="og:site_name" content="Steppe Herald">
            <meta property="article:published_time" content="2025-03-14T09:30:00+05:00">
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Ministers meet in Tashkent</h1><p class="byline">By Laila Karimova</p>
            <p>The foreign ministers of five Central Asian states met in Tashkent on Friday and agreed to
            open two new border crossings before the summer harvest.</p>
            <p>They also asked the regional water council to publish its allocation figures every month,
            a step farmers' groups have demanded for years.</p></article>
            <footer><p>Share this story on social media and subscribe to our newsletter.</p></footer>
            </body></html>""";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void rejectsNullWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> extractor.apply(null));
        assertTrue(e.getMessage().contains("raw document"));
    }

    @Test
    void refusesAnEmptyDocumentNamingIt() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> extractor.apply(new RawDocument("empty.html", new byte[0])));
        assertEquals("empty.html", e.source());
    }

    @Test
    void readsMetadataAndBodyOfAnHtmlPage() {
        Document d = extractor.apply(RawDocument.ofText("tashkent.html", PAGE)).document();
        assertEquals("html", d.format());
        assertEquals("Ministers meet in Tashkent", d.title());
        assertEquals(List.of("Laila Karimova"), d.authors());
        assertEquals("2025-03-14", d.published());
        assertEquals("Steppe Herald", d.publisher());
        assertEquals("en", d.language());
        assertTrue(d.text().startsWith("The foreign ministers of five Central Asian states"), d.text());
        assertTrue(d.text().endsWith("demanded for years."), d.text());
        assertFalse(d.text().contains("subscribe"), d.text());
    }

    @Test
    void idIsTheHashOfTheRawBytesAndRunsAreRepeatable() {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] copy = bytes.clone();
        Extraction first = extractor.apply(new RawDocument("a.html", bytes));
        Extraction second = extractor.apply(new RawDocument("a.html", bytes));
        assertEquals(first, second);
        assertArrayEquals(copy, bytes, "the input bytes are not changed");
        assertEquals(64, first.document().id().length());
        assertEquals(new RawDocument("other-name.html", bytes).sha256(), first.document().id());
    }

    @Test
    void reportsAPageWithoutBodyAsAProblemNotAFailure() {
        Extraction e = extractor.apply(RawDocument.ofText("nav.html",
                "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>"));
        assertTrue(e.problems().stream().anyMatch(p -> p.kind().equals("no-body")), e.problems().toString());
    }
}
