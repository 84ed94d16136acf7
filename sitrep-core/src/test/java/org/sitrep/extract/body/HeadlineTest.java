package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void headingThatRepeatsTheTitleWithASiteNameIsTheHeadline() {
        assertTrue(Headline.repeats("Envoys agree to reopen the mountain pass",
                "Envoys agree to reopen the mountain pass | Valley Courier"));
    }

    @Test
    void headingLongerThanACutTitleIsStillTheHeadline() {
        assertTrue(Headline.repeats("Envoys agree to reopen the mountain pass before winter sets in",
                "Envoys agree to reopen the mountain pass - Valley Courier"));
    }

    @Test
    void sectionHeadingThatSharesOnlyAFewWordsIsKept() {
        assertFalse(Headline.repeats("What the agreement means", "What the envoys said about the pass | Courier"));
        assertFalse(Headline.repeats("Background", "Background checks for border staff"));
    }

    @Test
    void h2HeadlineOfAnOldTableLayoutIsLeftOutOfTheBody() {
        String page = "<html><head><title>Envoys agree to reopen the mountain pass - Valley Courier</title></head>"
                + "<body><table><tr><td><h2>Envoys agree to reopen the mountain pass before winter</h2>"
                + "<p>Envoys from the two valleys agreed on Tuesday to reopen the mountain pass to lorries, "
                + "ending a closure that had lasted since the spring floods.</p>"
                + "<p>The first convoy is due to cross next week, carrying flour and fuel for the villages "
                + "on the northern side.</p></td></tr></table></body></html>";
        String body = new HtmlBodyExtractor().extract(Jsoup.parse(page));
        assertTrue(body.startsWith("Envoys from the two valleys agreed"), body);
    }

    @Test
    void onlyALeadingHeadingIsDropped() {
        Block heading = new Block("Envoys agree to reopen the mountain pass", Block.Kind.HEADING, 0, 2);
        Block text = new Block("The pass reopens on Monday.", Block.Kind.PARAGRAPH, 0, 0);
        assertEquals(List.of(text, heading), Headline.dropLeading(List.of(text, heading),
                "Envoys agree to reopen the mountain pass"));
    }
}
