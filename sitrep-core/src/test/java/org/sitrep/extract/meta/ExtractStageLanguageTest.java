package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Document;
import org.sitrep.ingest.RawDocument;

/** The extract stage falls back on {@link LanguageGuesser} when a page declares no language. */
class ExtractStageLanguageTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void guessesTheLanguageOfAPageThatDeclaresNone() {
        String html = "<html><head><title>Grève au port</title></head><body><h1>Grève au port</h1>"
                + "<p>Les dockers ont voté la poursuite de la grève pour une deuxième semaine, et les discussions"
                + " avec la direction du port sont dans une impasse depuis lundi.</p></body></html>";

        Document document = extractor.apply(RawDocument.ofText("greve.html", html)).document();

        assertEquals("fr", document.language());
    }

    @Test
    void keepsTheLanguageAPageDeclares() {
        String html = "<html lang='de'><head><title>Hafen</title></head><body><p>The dockers voted to stay out"
                + " for a second week and the talks with the port have been stuck since Monday.</p></body></html>";

        Document document = extractor.apply(RawDocument.ofText("hafen.html", html)).document();

        assertEquals("de", document.language());
    }
}
