package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote of several sentences is its closing speech verb's; a bare quote right after another continues it; a
 * sentence ending in a colon introduces the quote after it; a speaking "he" or "she" is a person.
 */
class QuoteCollectorTest {

    @Test
    void aQuoteOfSeveralSentencesTakesTheSpeakerNamedAfterIt() {
        Coding.Result r = Coding.code("\"Our farmers are losing their harvests. The prices are too low,\" the "
                + "Ghanaian minister said.");
        Quote quote = r.coded().quotes().get(0);
        assertEquals(List.of("GHA"), r.codes(quote.speakers()));
        assertEquals("said", quote.cue());
    }

    @Test
    void aBareQuoteRightAfterAnotherContinuesIt() {
        Coding.Result r = Coding.code("\"We will not accept any delay,\" the Kenyan minister said. \"The salt "
                + "producers have had two years.\"");
        List<Quote> quotes = r.coded().quotes();
        assertEquals(2, quotes.size());
        assertEquals(List.of("KEN"), r.codes(quotes.get(1).speakers()));
        assertNull(quotes.get(1).cue());
    }

    @Test
    void aSentenceOfOtherWordsBetweenEndsTheRun() {
        Coding.Result r = Coding.code("\"We will not accept any delay,\" the Kenyan minister said. Salt prices "
                + "rose again in March. \"The salt producers have had two years.\"");
        List<Quote> quotes = r.coded().quotes();
        assertEquals(2, quotes.size());
        assertEquals(List.of(), quotes.get(1).speakers());
    }

    @Test
    void aSentenceEndingInAColonNamesWhoSpeaksInTheQuoteAfterIt() {
        Coding.Result r = Coding.code("The Kenyan minister stated:\n\n\"We will not accept any delay from the salt "
                + "producers.\"");
        Quote quote = r.coded().quotes().get(0);
        assertEquals(List.of("KEN"), r.codes(quote.speakers()));
        assertEquals("stated", quote.cue());
    }

    @Test
    void aSpeakingSheIsAPersonNotTheStateNamedLast() {
        Coding.Result r = Coding.recognised("Amina Yusuf, Kenya's deputy leader, said her party had backed the "
                + "plan \"for months\", and said it was \"shameful that the ministry is not doing this already for "
                + "safe countries like Uganda\" after the United Nations \"proposed it last year.\"\n\nShe "
                + "continued: \"We will not accept any delay from them.\"");
        Quote quote = r.coded().quotes().get(r.coded().quotes().size() - 1);
        assertEquals("Amina Yusuf", r.actors().byId(quote.speaker()).name());
    }
}
