package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownBodyExtractorTest {

    private static final String P1 = "Farmers in the valley began the olive harvest two weeks early this year, after a"
            + " dry summer ripened the fruit ahead of the usual calendar.";
    private static final String P2 = "The cooperative expects a smaller crop than last season, though its manager said"
            + " the oil pressed so far tastes better than any in a decade.";
    private static final String P3 = "Pickers hired from the coast will stay until December, and the mill will run"
            + " through the night during the busiest weeks of the harvest.";

    private final MarkdownBodyExtractor extractor = new MarkdownBodyExtractor();

    private static String rendering(String body) {
        return "# Olive harvest starts early\n\nBy [Maria Example](#)\n\nValley Courier, October 03, 2024\n\n"
                + "Region: [Europe](#)\n\nTheme: [Agriculture](#)\n\n" + body
                + "\n\n\\*\n\nClick the share button below to send this article to your friends. Follow us on"
                + " [Instagram](#) and [Twitter](#).\n\n**[Get your free copy of our harvest guide!](#)**\n\n"
                + "*This article was originally published on the author's blog.*\n\n---\n\n"
                + "**[Become a Member of the Valley Courier](#)**\n\nArticles by: **[Maria Example](#)**\n\n"
                + "## About the author:\n\nMaria Example writes about farming and is a regular contributor to the"
                + " Valley Courier.\n\n**Disclaimer:** The contents of this article are the sole responsibility of"
                + " the author. The Courier will not be responsible for any inaccurate statement in it.\n\n"
                + "The Courier contains copyrighted material the use of which has not always been authorized by the"
                + " owner. We make it available to our readers under fair use in an effort to advance understanding"
                + " of rural issues, without profit, to those who have expressed an interest in receiving it.\n\n"
                + "For media inquiries: [desk@example.org](mailto:desk@example.org)\n";
    }

    @Test
    void keepsOnlyTheArticleBetweenHeaderLabelsAndFooter() {
        String body = extractor.extract(rendering(P1 + "\n\n" + P2 + "\n\n" + P3));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void joinsASentenceThatTheRenderingBrokeOverTwoParagraphs() {
        String broken = "The mill owner said prices would hold steady, with buyers from the north being the only"
                + " ones among them\n\nthat might push for a discount this year.";
        String body = extractor.extract(rendering(P1 + "\n\n" + broken + "\n\n" + P3));
        assertTrue(body.contains("the only ones among them that might push for a discount this year."), body);
        assertEquals(3, body.split("\n\n").length, body);
    }

    @Test
    void doesNotJoinParagraphsThatEndProperly() {
        String body = extractor.extract(rendering(P1 + "\n\n" + "and so the season begins again, as it always has,"
                + " with the first loads reaching the mill before dawn.\n\n" + P3));
        assertTrue(body.contains(P1 + "\n\nand so the season begins"), body);
    }

    @Test
    void turnsLinksIntoTheirTextAndDropsEmphasisAndImages() {
        String body = extractor.extract(rendering("*" + P1 + "*\n\n![a grove](/img/grove.jpg)\n\nThe [cooperative]"
                + "(https://example.org/coop) expects a **smaller** crop than last season, though its manager said"
                + " the oil pressed so far tastes better than any in a decade.\n\n" + P3));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void keepsListItemsInsideTheArticle() {
        String body = extractor.extract(rendering(P1 + "\n\n* Pickers start at six in the morning.\n"
                + "* The mill opens to visitors on Sundays.\n\n" + P2));
        assertEquals(P1 + "\n\nPickers start at six in the morning.\n\nThe mill opens to visitors on Sundays.\n\n"
                + P2, body);
    }

    @Test
    void passesPlainTextThroughWithItsParagraphs() {
        String plain = "Olive harvest starts early\n\n" + P1 + "\n\n" + P2.replace(", though", ",\nthough")
                + "\n\nShort line.\n\n" + P3 + "\n";
        assertEquals("Olive harvest starts early\n\n" + P1 + "\n\n" + P2 + "\n\nShort line.\n\n" + P3,
                extractor.extract(plain));
    }

    @Test
    void readsEachLineAsABlockWhenTheRenderingHasNoBlankLines() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            page.append("* [Section ").append(i).append("](/s/").append(i).append(")\n");
        }
        page.append(P1).append('\n').append(P2).append('\n').append(P3).append('\n');
        page.append("* [Privacy policy](/privacy)\n* [Contact](/contact)\n");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extractor.extract(page.toString()));
    }

    @Test
    void leavesCommentsAfterTheArticleOut() {
        String body = extractor.extract(rendering(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n12 Comments\n\n"
                + "Rosa on October 4, 2024 at 9:12 am said:\n\n" + "I picked olives there as a child, and the"
                + " early harvest always meant a long, hot autumn for everyone in the village and the mill.\n\n"
                + "Tom on October 4, 2024 at 10:40 am said:\n\nThe oil from last year was the best we ever"
                + " bought, and I hope the cooperative keeps its prices where they are for the families."));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void givesAnEmptyStringForEmptyInput() {
        assertEquals("", extractor.extract(""));
        assertEquals("", extractor.extract("  \n\n "));
    }

    @Test
    void rejectsNull() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> extractor.extract(null));
        assertEquals("markdown", error.getMessage());
    }

    @Test
    void givesTheSameAnswerTwice() {
        String input = rendering(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertEquals(extractor.extract(input), extractor.extract(input));
        assertFalse(extractor.extract(input).isEmpty());
    }

    @Test
    void keepsEveryParagraphOfPlainTextEvenAroundRulesAndStars() {
        String plain = P1 + "\n\n____________\n\nTickets for <The Olive Night> sold out, and a reviewer signed"
                + " only as Ann** called it \"the best evening of the year.\"\n\nSign up for the tasting at the"
                + " mill.\n\n" + P3;
        String body = extractor.extract(plain);
        assertEquals(P1 + "\n\nTickets for <The Olive Night> sold out, and a reviewer signed only as Ann** called"
                + " it \"the best evening of the year.\"\n\nSign up for the tasting at the mill.\n\n" + P3, body);
    }

    @Test
    void keepsAngleBracketedTitlesThatAreNotMarkup() {
        String body = extractor.extract(rendering("Visitors came to see <The Olive Night> at the [mill](/m), a show"
                + " about the harvest that <span>ran</span> all week with music and food.\n\n" + P2));
        assertTrue(body.startsWith("Visitors came to see <The Olive Night> at the mill, a show about the harvest"
                + " that ran all week"), body);
    }
}
