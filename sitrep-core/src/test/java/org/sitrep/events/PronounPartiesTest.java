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

    @Test
    void sheIsNeverTheGroupNamedLast() {
        Coding.Result r = Coding.recognised("Colombia's minister, Mariana Ibáñez, accused the armed group known as "
                + "Frente del Río of extortion, and the group did not answer. She warned that Colombia would "
                + "attack the group.");
        Event threat = r.at("warned");
        List<String> names = threat.actors().stream().map(id -> r.actors().byId(id).name()).toList();
        assertEquals(List.of("Mariana Ibáñez"), names);
    }

    @Test
    void severalRecipientsAPronounStandsForAreAllKept() {
        // found on a news page: the pronoun's actor lives in an earlier sentence, not in this one's set
        Coding.Result r = Coding.code("Japan and South Korea sent delegates to the talks in Geneva. "
                + "The Russian envoy asked them about the missile launches.");
        Event question = r.only("REQUEST");
        assertEquals(List.of("JPN", "KOR"), r.codes(question.recipients()));
    }
}
