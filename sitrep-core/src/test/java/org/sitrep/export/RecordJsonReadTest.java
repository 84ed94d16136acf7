package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Mention;
import org.sitrep.events.Attribution;
import org.sitrep.events.Event;
import org.sitrep.events.Location;
import org.sitrep.events.Quote;
import org.sitrep.events.Span;
import org.sitrep.events.Trigger;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Problem;

/** Reading a record back gives the analysis that was written, and a broken record is named as such. */
class RecordJsonReadTest {

    private static final String TEXT = "Norway\u2019s envoy thanked Chile in Oslo. \"We owe them,\" the envoy said.\n\n"
            + "Officials gave no date for the next round \u2014 \u00e9t\u00e9 perhaps.";

    private final RecordJson json = new RecordJson();

    private static Analysis full() {
        Document document = new Document("9f3e", "in/oslo.html", "html", "Envoy thanks Chile",
                List.of("Ana Ruiz", "Per Moe"), "2025-06-02", "Fjord Daily", List.of("Europe", "Diplomacy"), "en", TEXT);
        Actor nor = new Actor("a1", "Norway", "NOR", "NOR", "GOV", "country", List.of(new Mention(0, 6, "Norway"),
                new Mention(82, 87, "envoy")));
        Actor chl = new Actor("a2", "Chile", "CHL", "CHL", null, "country", List.of(new Mention(24, 29, "Chile")));
        Event praise = new Event("e1", "AGREE", "praise", List.of("diplomatic"), "051", List.of("a1"), List.of("a2"),
                "asserted", new Attribution("a1", "said"), "2025-06-02", new Location("Oslo", "NOR"), new Span(0, 38),
                new Trigger(15, 22, "thanked"), 0.85);
        Quote quote = new Quote(40, 51, "We owe them", "a1", "said");
        return new Analysis(document, List.of(nor, chl), List.of(praise), List.of(quote),
                List.of(new Problem("encoding", "guessed windows-1252"), new Problem("date", "two dates; kept the first")));
    }

    private static Analysis bare() {
        Document document = new Document("00aa", "note.txt", "text", null, List.of(), null, null, List.of(), null,
                "Nothing happened.");
        return new Analysis(document, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aFullRecordReadsBackEqual() {
        Analysis analysis = full();
        assertEquals(analysis, json.read(json.line(analysis)));
    }

    @Test
    void aRecordWrittenBeforeAttributionListedEverySourceReadsWithItsOneSource() {
        String line = json.line(full());
        String old = line.replace("\"actors\":[\"a1\"],\"cue\":\"said\"", "\"cue\":\"said\"");
        assertNotEquals(line, old);
        assertEquals(full(), json.read(old));
    }

    @Test
    void aRecordWithNullsAndEmptyListsReadsBackEqual() {
        Analysis analysis = bare();
        assertEquals(analysis, json.read(json.line(analysis)));
    }

    @Test
    void textThatIsNotJsonIsNamedAsSuch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.read("{\"version\": 1,"));
        assertTrue(e.getMessage().startsWith("not JSON"), e.getMessage());
    }

    @Test
    void aRecordOfAnotherVersionIsRefused() {
        String line = json.line(bare()).replace("\"version\":1", "\"version\":7");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.read(line));
        assertTrue(e.getMessage().contains("version is 7"), e.getMessage());
    }

    @Test
    void aMissingPartIsNamed() {
        String line = json.line(bare()).replace(",\"quotes\":[]", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.read(line));
        assertTrue(e.getMessage().contains("\"quotes\""), e.getMessage());
    }

    @Test
    void aValueTheRecordRefusesIsNamedWithItsPlace() {
        String line = json.line(full()).replace("\"asserted\"", "\"certain\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.read(line));
        assertTrue(e.getMessage().contains("events[0]") && e.getMessage().contains("certain"), e.getMessage());
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanDropped() {
        String line = json.line(full()).replace("\"cue\":\"said\"}]", "\"cue\":\"said\",\"tone\":3}]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.read(line));
        assertTrue(e.getMessage().contains("quotes[0]") && e.getMessage().contains("tone"), e.getMessage());
    }

    @Test
    void anArrayIsNotARecord() {
        assertThrows(IllegalArgumentException.class, () -> json.read("[1, 2]"));
    }
}
