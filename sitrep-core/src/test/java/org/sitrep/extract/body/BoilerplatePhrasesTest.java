package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplatePhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign up for our daily briefing and never miss a story.",
        "Follow us on Instagram and Twitter.",
        "Click the share button below to email this article to a friend.",
        "This article was originally published on the author's newsletter.",
        "Copyright © 2024 The Valley Courier",
        "Read more: Storm damage closes the coast road",
        "Related: How the pier was built",
        "Disclaimer: the views are the author's own.",
        "By Ann Other and John Example",
        "Comments are closed.",
        "Photo: Ann Other",
        "Privacy Policy | Terms of Use | Contact",
        "More from the Gazette",
        "Share this article",
        "You may also like",
        "*",
    })
    void recognisesFurniture(String text) {
        assertTrue(BoilerplatePhrases.isBoilerplate(text) || BoilerplatePhrases.isSeparator(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By the time the ferry arrived, the crowd had gone home.",
        "The council said it would follow the advice of its engineers.",
        "Share prices rose sharply after the announcement on Monday.",
        "Readers wrote in their hundreds to complain about the closure.",
        "The copyright dispute between the two publishers reached court in May.",
        "If you only want the ferry pass, you can sign up for a free week first.",
        "The company earned $2.53 per share on revenue of $27 billion.",
        "Also on Tuesday, the harbour master closed the slipway.",
        "Posted on social media by a resident, the video shows the pier swaying in the wind.",
        "The regulator said the firm had changed its privacy policy without telling users, in breach of a"
                + " ruling from last year that required notice of any change to the way data is shared.",
    })
    void leavesProseAlone(String text) {
        assertFalse(BoilerplatePhrases.isBoilerplate(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Comments", "Leave a Reply", "Rosa on October 4, 2024 at 9:12 am said:",
        "34 responses to \u201cPier closes\u201d"})
    void recognisesTheStartOfComments(String text) {
        assertTrue(BoilerplatePhrases.opensComments(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Councillors commented on the plan.", "She said: we will rebuild it."})
    void doesNotTakeProseForComments(String text) {
        assertFalse(BoilerplatePhrases.opensComments(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"November 20, 2019 - 11:28 AMT", "Updated: Tue 19 Nov 2019 10:48 GMT", "02 Ago 2017",
        "Published on 3 March 2024"})
    void recognisesDatelines(String text) {
        assertTrue(BoilerplatePhrases.isDateLine(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Marines 2, Army 1", "Meal 1", "In 2019 the pier closed for good.",
        "Rockledge 14 11 6 15 44"})
    void doesNotTakeShortFactsForDatelines(String text) {
        assertFalse(BoilerplatePhrases.isDateLine(text), text);
    }
}
