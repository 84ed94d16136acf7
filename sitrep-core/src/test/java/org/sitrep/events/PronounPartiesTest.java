package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a pronoun stands for when it acts on a party the sentence names. */
class PronounPartiesTest {

    private static final String MEETING = "The Chinese, Iranian, Pakistani and Russian foreign ministers met in Moscow "
            + "last week. ";

    @Test
    void aDemonstrativeSubjectSpeaksForNoOne() {
        Coding.Result r = Coding.code(MEETING + "This matters because it hints that they would not oppose "
                + "the Indian plan.");
        Event rejection = r.only("REJECT");
        assertEquals(List.of("CHN", "IRN", "PAK", "RUS"), r.codes(rejection.actors()));
    }

    @Test
    void aPartyTheClauseNamesLeavesThePronounsSide() {
        Coding.Result r = Coding.code(MEETING + "This matters because it hints that they would not oppose "
                + "whatever means Pakistan might use.");
        Event rejection = r.only("REJECT");
        assertEquals(List.of("CHN", "IRN", "RUS"), r.codes(rejection.actors()));
    }

    @Test
    void whoseLackItIsIsWhoseActItWouldBe() {
        Coding.Result r = Coding.code(MEETING + "Their lack of opposition to the Indian plan surprised nobody.");
        Event rejection = r.only("REJECT");
        assertEquals("negated", rejection.factuality());
        assertEquals(List.of("CHN", "IRN", "PAK", "RUS"), r.codes(rejection.actors()));
    }
}
