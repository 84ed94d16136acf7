package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    private static final String MARKDOWN_PAGE = """
            # Envoys Meet in Geneva as Ceasefire Talks Resume

            By [Maria Lind](#)

            World Desk, March 04, 2026

            Region: [Europe](#)

            The envoys met for six hours on Tuesday and agreed to meet again next week.
            """;

    private static final String WIRE_STORY = """
            GENEVA, March 4 (CWS) - Envoys from the two governments met for six hours on Tuesday
            and agreed to meet again next week, a spokesman for the mediators said.

            The spokesman said both delegations had presented maps - a first since the talks began -
            and that a prisoner exchange was "within reach".

            (Reporting by the Geneva bureau)
            """;

    @Test
    void aTxtFileHoldingHtmlIsHtml() {
        String page = "<!DOCTYPE html>\n<html><head><title>Talks</title></head><body><p>Envoys met.</p></body></html>";
        assertEquals(Format.HTML, detector.detect("saved/page.txt", page));
    }

    @Test
    void anHtmlFileHoldingMarkdownIsMarkdown() {
        assertEquals(Format.MARKDOWN, detector.detect("download/article.html", MARKDOWN_PAGE));
    }

    @Test
    void anHtmlFragmentWithoutHtmlOrBodyTagsIsHtml() {
        String fragment = "Saved from the web\n<div class=\"story\"><p>The envoys met.</p>\n<p>They agreed to talk again.</p></div>";
        assertEquals(Format.HTML, detector.detect("fragment.txt", fragment));
    }

    @Test
    void htmlStartingWithACommentOrXmlDeclarationIsHtml() {
        assertEquals(Format.HTML, detector.detect("a", "<!-- saved by a crawler -->\n<html><body><p>x</p></body></html>"));
        assertEquals(Format.HTML, detector.detect("b", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"));
    }

    @Test
    void markdownOpeningWithAStrayImageTagStaysMarkdown() {
        // html2text keeps tracking pixels as raw tags (two benchmark pages open with them).
        String text = "<img height=\"1\" width=\"1\" src=\"//tracker.example/p\">\n\n  * Politics\n  * Policy\n  * News\n\n"
                + "The envoys met in Geneva on Tuesday.\n";
        assertEquals(Format.MARKDOWN, detector.detect("page.txt", text));
    }

    @Test
    void pathologicalInputIsDetectedQuickly() {
        String brackets = "[".repeat(FormatDetector.HEAD - 100) + "](x)";
        String stars = "*a".repeat(FormatDetector.HEAD / 2);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(Format.MARKDOWN, detector.detect("a.txt", brackets + "\n[a](b)"));
            detector.detect("b.txt", stars);
        });
    }

    @Test
    void aSeedStyleRenderingIsMarkdown() {
        assertEquals(Format.MARKDOWN, detector.detect("seed.txt", MARKDOWN_PAGE));
    }

    @Test
    void markdownWithAStrayTagStaysMarkdown() {
        String text = MARKDOWN_PAGE + "\nLine one<br>\nRead [more](https://example.org/more) and [here](#).\n";
        assertEquals(Format.MARKDOWN, detector.detect("page.md", text));
    }

    @Test
    void aWireStoryWithDashesIsPlainText() {
        assertEquals(Format.TEXT, detector.detect("wire.txt", WIRE_STORY));
    }

    @Test
    void aFewBulletsAreNotEnoughForMarkdownButManyAre() {
        String two = "Points agreed:\n- a ceasefire\n- an exchange of prisoners\n";
        assertEquals(Format.TEXT, detector.detect("notes.txt", two));
        String three = two + "- a second round of talks\n";
        assertEquals(Format.MARKDOWN, detector.detect("notes.txt", three));
    }

    @Test
    void theFileNameOnlyBreaksATie() {
        assertEquals(Format.MARKDOWN, detector.detect("story.md", WIRE_STORY));
        assertEquals(Format.TEXT, detector.detect("story.html", WIRE_STORY));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> detector.detect(null, "x"));
        assertThrows(NullPointerException.class, () -> detector.detect("x", null));
    }
}
