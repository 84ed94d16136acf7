package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlBodyExtractorTest {

    private static final String P1 = "The harbour council voted on Tuesday to close the old ferry pier, ending a crossing"
            + " that had run, with few breaks, since the town was founded.";
    private static final String P2 = "Councillors said the pier had become unsafe after two winters of storms, and that"
            + " repairs would cost more than a new landing further up the estuary.";
    private static final String P3 = "Residents who rely on the crossing, many of them elderly, asked for a shuttle bus"
            + " until the new landing opens, which the council agreed to study.";

    private final HtmlBodyExtractor extractor = new HtmlBodyExtractor();

    private static String page(String article) {
        return "<html><head><title>Pier closes</title><script>var x = 'not text';</script></head><body>"
                + "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
                + "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
                + "<div class='layout'>" + article
                + "<aside class='sidebar'><h3>Most read</h3><p>A long teaser about the weather this weekend that"
                + " sits in the sidebar, with enough words, commas, and length to look like prose.</p></aside>"
                + "</div><div class='cookie-banner'><p>We use cookies to improve your experience, by continuing"
                + " you accept our policy.</p></div>"
                + "<footer><p>Harbour Gazette, 12 Quay Street. All rights reserved.</p></footer></body></html>";
    }

    private static String article(String inner) {
        return "<article><h1>Council closes the ferry pier</h1><p class='byline'>By Ann Other</p>"
                + "<div class='article-body'>" + inner + "</div></article>";
    }

    private String extract(String html) {
        return extractor.extract(Jsoup.parse(html, "https://example.org/"));
    }

    @Test
    void keepsTheBodyWholeAndInOrderWithBlankLinesBetweenParagraphs() {
        String body = extract(page(article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>")));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void dropsNavigationFooterSidebarCookieBannerHeadlineAndByline() {
        String body = extract(page(article("<p>" + P1 + "</p><p>" + P2 + "</p>")));
        assertFalse(body.contains("Home"));
        assertFalse(body.contains("weather this weekend"));
        assertFalse(body.contains("cookies"));
        assertFalse(body.contains("All rights reserved"));
        assertFalse(body.contains("Council closes the ferry pier"));
        assertFalse(body.contains("Ann Other"));
    }

    @Test
    void dropsShareRelatedNewsletterAndAuthorBioInsideTheArticle() {
        String inner = "<p>" + P1 + "</p>"
                + "<div class='share-tools'><a href='#'>Facebook</a> <a href='#'>Twitter</a> <a href='#'>Email</a></div>"
                + "<p>" + P2 + "</p>"
                + "<div class='related-stories'><h3>Related</h3><ul><li><a href='/a'>Bridge works delayed again"
                + " as the contractor walks away</a></li><li><a href='/b'>Ferry fares to rise in spring</a></li></ul></div>"
                + "<p>" + P3 + "</p>"
                + "<div class='newsletter-signup'><p>Sign up for our morning newsletter to get the news first.</p></div>"
                + "<div class='author-bio'><p>Ann Other covers the coast and its towns for the Gazette and has"
                + " written about ferries for twenty years.</p></div>";
        String body = extract(page(article(inner)));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void dropsStockPhrasesLeftInPlainParagraphs() {
        String inner = "<p>" + P1 + "</p><p>" + P2 + "</p><p>Follow us on Twitter and Facebook.</p>"
                + "<p>This article was originally published by the Coast Review.</p>";
        assertEquals(P1 + "\n\n" + P2, extract(page(article(inner))));
    }

    @Test
    void keepsListItemsAndSubheadingsAsTheirOwnBlocks() {
        String inner = "<p>" + P1 + "</p><h2>What changes</h2><ul><li>The last crossing runs on Friday evening.</li>"
                + "<li>Season tickets will be refunded in full.</li></ul><p>" + P2 + "</p>";
        String body = extract(page(article(inner)));
        assertEquals(P1 + "\n\nWhat changes\n\nThe last crossing runs on Friday evening.\n\n"
                + "Season tickets will be refunded in full.\n\n" + P2, body);
    }

    @Test
    void keepsTheTextOfLinksInsideProse() {
        String inner = "<p>The decision follows a <a href='/report'>survey of the pier</a> published in March,"
                + " which found cracks in most of the supporting piles and rust on every railing.</p><p>" + P2 + "</p>";
        String body = extract(page(article(inner)));
        assertTrue(body.startsWith("The decision follows a survey of the pier published in March,"), body);
        assertFalse(body.contains("<a"));
    }

    @Test
    void collapsesInlineWhitespaceAndLineBreaks() {
        String inner = "<p>The   pier\n opened   in\t1890,\u00a0and <em>ferries</em> ran every hour until the war,"
                + " when the navy took them over.</p><p>" + P2 + "</p>";
        String body = extract(page(article(inner)));
        assertTrue(body.startsWith("The pier opened in 1890, and ferries ran every hour until the war,"), body);
    }

    @Test
    void givesAnEmptyStringForAPageWithoutProse() {
        assertEquals("", extract("<html><body></body></html>"));
        assertEquals("", extract("<html><body><nav><a href='/'>Home</a></nav></body></html>"));
    }

    @Test
    void rejectsNull() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> extractor.extract(null));
        assertEquals("page", error.getMessage());
    }

    @Test
    void leavesThePageUnchangedAndGivesTheSameAnswerTwice() {
        Document page = Jsoup.parse(page(article("<p>" + P1 + "</p><p>" + P2 + "</p>")), "https://example.org/");
        String before = page.outerHtml();
        String first = extractor.extract(page);
        String second = extractor.extract(page);
        assertEquals(before, page.outerHtml());
        assertEquals(first, second);
    }

    @Test
    void keepsABodySplitIntoSeveralContainersByAds() {
        String html = "<html><body><main><div class='story'><div class='chunk'><p>" + P1 + "</p><p>" + P2
                + "</p></div><div class='ad-slot'>Advertisement</div><div class='chunk'><p>" + P3
                + "</p><p>" + P1.replace("Tuesday", "Monday") + "</p></div></div></main></body></html>";
        String body = extract(html);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P1.replace("Tuesday", "Monday"), body);
    }

    @Test
    void keepsTableRowsAsLines() {
        String inner = "<p>" + P1 + "</p><table><tr><td>1</td><td><a href='/x'>Harbour Rovers</a></td><td>40</td></tr>"
                + "<tr><td>2</td><td><a href='/y'>Quay United</a></td><td>38</td></tr></table><p>" + P2 + "</p>";
        String body = extract(page(article(inner)));
        assertTrue(body.contains("\n\n1 Harbour Rovers 40\n\n2 Quay United 38\n\n"), body);
    }

    @Test
    void keepsAnEmbeddedPostTheStoryQuotes() {
        String inner = "<p>" + P1 + "</p><div class='social-embed'><blockquote class='twitter-tweet'><p>The pier"
                + " was the best thing about this town <a href='https://t.co/x'>pic.twitter.com/x</a></p>&mdash;"
                + " A Resident (@resident) <a href='https://twitter.com/x'>November 18, 2019</a></blockquote></div>"
                + "<p>" + P2 + "</p>";
        String body = extract(page(article(inner)));
        assertTrue(body.contains("The pier was the best thing about this town"), body);
    }

    @Test
    void keepsRoundUpItemsWhoseHeadlineIsALinkButDropsBareLinkLists() {
        String item = "<li><a href='/x'><strong>Ferry operator posts a loss for the third year running.</strong></a>"
                + " The company said fuel costs and the long closure of the pier left it short of passengers.</li>";
        String inner = "<p>" + P1 + "</p><ol>" + item + "</ol><ul><li><a href='/a'>Weather</a></li>"
                + "<li><a href='/b'>Traffic</a></li></ul><p>" + P2 + "</p>";
        String body = extract(page(article(inner)));
        assertTrue(body.contains("Ferry operator posts a loss for the third year running. The company said"), body);
        assertFalse(body.contains("Weather"), body);
    }
}
