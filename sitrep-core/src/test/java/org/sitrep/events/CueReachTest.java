package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How far a cue reaches: a headline's bare speech verb hedges what it reports however the parser read it, and a
 * joined clause with its own subject is not under the negation of the clause before it.
 */
class CueReachTest {

    @Test
    void aHeadlineClaimLeftUnlabelledByTheParserStillHedges() {
        Coding.Result r = Coding.recognised("Canadian woman claims Church of Unity imprisoned her for nine years");
        assertEquals("possible", r.at("imprisoned").factuality());
    }

    @Test
    void aHeadlineClaimReadAsANounStillHedges() {
        Coding.Result r = Coding.code("Nigerian journalist claims army detained her for three weeks");
        assertEquals("possible", r.at("detained").factuality());
    }

    @Test
    void aClauseWithItsOwnSubjectIsNotUnderTheNegationOfTheOneBefore() {
        Coding.Result r = Coding.code("Russia did not attack the town, but Ukraine shelled the bridge.");
        assertEquals("negated", r.at("attack").factuality());
        assertEquals("asserted", r.at("shelled").factuality());
    }

    @Test
    void aVerbSharingItsSubjectSharesTheNegation() {
        Coding.Result r = Coding.code("Russia did not attack or shell the town.");
        assertEquals("negated", r.at("shell").factuality());
    }
}
