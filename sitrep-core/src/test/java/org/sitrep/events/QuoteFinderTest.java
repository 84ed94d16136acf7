package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    @Test
    void straightAndCurlyQuotesOfThreeWordsOrMoreAreQuotes() {
        String text = "He called it a \"major diplomatic victory\" and added \u201Cwe are not done yet\u201D.";
        List<QuoteFinder.Place> places = QuoteFinder.places(text);
        assertEquals(2, places.size());
        assertEquals("major diplomatic victory", text.substring(places.get(0).start(), places.get(0).end()));
        assertEquals("we are not done yet", text.substring(places.get(1).start(), places.get(1).end()));
    }

    @Test
    void scareQuotesOfOneOrTwoWordsAreNot() {
        assertEquals(List.of(), QuoteFinder.places("The so-called \"peace plan\" and the \"talks\" failed."));
    }

    @Test
    void spacesInsideTheMarksAreLeftOut() {
        String text = "\" we will not go back \"";
        QuoteFinder.Place p = QuoteFinder.places(text).get(0);
        assertEquals("we will not go back", text.substring(p.start(), p.end()));
    }

    @Test
    void wordsSeveralStatesSaidTogetherNameEverySpeaker() {
        Coding.Result r = Coding.code("Iran and Pakistan said the talks were \"a step towards lasting peace\".");
        Quote quote = r.coded().quotes().get(0);
        assertEquals(List.of("IRN", "PAK"), r.codes(quote.speakers()));
        assertEquals(quote.speakers().get(0), quote.speaker());
    }

    @Test
    void theOwnerOfANamedSpeakerDoesNotSpeak() {
        Coding.Result r = Coding.code("Pakistan's Dawn newspaper described the talks as \"a step towards lasting peace\".");
        Quote quote = r.coded().quotes().get(0);
        assertEquals(1, quote.speakers().size(), r.coded().quotes().toString());
        assertEquals("Dawn", r.actors().byId(quote.speaker()).name());
    }
}
