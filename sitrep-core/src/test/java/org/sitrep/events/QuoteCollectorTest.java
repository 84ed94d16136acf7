package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote of several sentences is its closing speech verb's; a bare quote right after another continues it. */
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
}
