package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Mention;
import org.sitrep.events.Attribution;
import org.sitrep.events.Event;
import org.sitrep.events.Quote;
import org.sitrep.events.Span;
import org.sitrep.events.Trigger;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;

/** An analysis flattened into the five tables that the store, Parquet and Spark share. */
class TableRowsTest {

    private static final String TEXT = "Kazakhstan criticised Kyrgyzstan on Monday. \"Enough,\" the minister said.";
    private static final Actor KAZ = new Actor("a1", "Kazakhstan", "KAZ", "KAZ", "GOV", "country",
            List.of(new Mention(0, 10, "Kazakhstan")));
    private static final Actor KGZ = new Actor("a2", "Kyrgyzstan", "KGZ", "KGZ", null, "country",
            List.of(new Mention(22, 32, "Kyrgyzstan")));
    private static final Actor MINISTER = new Actor("a3", "the minister", null, null, null, "person", List.of());

    private static Analysis analysis(String docId, String published, String eventDate, List<String> actors) {
        Document document = new Document(docId, "t.txt", "text", "A title", List.of("A. Writer"), published, null,
                List.of(), "en", TEXT);
        Event event = new Event("e1", "ACCUSE", "disapprove", List.of(), "111", actors, List.of("a2"), "asserted",
                new Attribution("a3", "said"), eventDate, null, new Span(0, 43), new Trigger(11, 21, "criticised"), 0.9);
        return new Analysis(document, List.of(KAZ, KGZ, MINISTER), List.of(event),
                List.of(new Quote(45, 51, "Enough", "a3", "said")), List.of());
    }

    @Test
    void spellsOutEachSideOfAnEventWithCodesCountriesAndNames() {
        EventRow event = TableRows.of(analysis("d1", "2025-01-06", "2025-01-06", List.of("a1", "a3"))).events().get(0);
        assertEquals(List.of("KAZ", ""), event.actorCodes());
        assertEquals(List.of("Kazakhstan", "the minister"), event.actorNames());
        assertEquals(List.of("KGZ"), event.recipientCountries());
        assertEquals("the minister", event.attributionName());
        assertEquals("Kazakhstan criticised Kyrgyzstan on Monday.", event.sentence());
        assertEquals(LocalDate.of(2025, 1, 6), event.day());
        assertEquals(EventRow.TABLE.columns().size(), event.values().size());
    }

    @Test
    void aClaimWithSeveralSourcesKeepsThemAll() {
        Analysis one = analysis("d1", "2025-01-06", "2025-01-06", List.of("a1"));
        Event joint = new Event("e1", "ACCUSE", "disapprove", List.of(), "111", List.of("a1"), List.of("a2"),
                "asserted", Attribution.of(List.of("a1", "a3", "a2"), "said"), "2025-01-06", null, new Span(0, 43),
                null, 0.9);
        EventRow event = TableRows.of(new Analysis(one.document(), one.actors(), List.of(joint), List.of(), List.of()))
                .events().get(0);
        assertEquals("a1", event.attributionId());
        assertEquals("Kazakhstan, the minister, Kyrgyzstan", event.attributionName());
        assertEquals("KAZ,KGZ", event.attributionCode()); // the minister has no code
    }

    @Test
    void keepsEveryMentionAndQuoteWithItsDocument() {
        TableRows rows = TableRows.of(analysis("d1", "2025-01-06", "2025-01-06", List.of("a1")));
        assertEquals(3, rows.actors().size());
        assertEquals(2, rows.mentions().size());
        assertEquals("Kyrgyzstan", TEXT.substring(rows.mentions().get(1).start(), rows.mentions().get(1).end()));
        assertEquals("the minister", rows.quotes().get(0).speakerName());
        assertEquals("d1", rows.document().docId());
        assertEquals(DocumentRow.TABLE.columns().size(), rows.document().values().size());
        assertEquals(ActorRow.TABLE.columns().size(), rows.actors().get(0).values().size());
    }

    @Test
    void sameEventInTwoDocumentsHasOneKeyAndDifferentEventsDiffer() {
        String inOne = TableRows.of(analysis("d1", "2025-01-06", "2025-01-06", List.of("a1"))).events().get(0).eventKey();
        String inTwo = TableRows.of(analysis("d2", "2025-01-07", "2025-01-06", List.of("a1"))).events().get(0).eventKey();
        String otherDay = TableRows.of(analysis("d3", "2025-01-07", "2025-01-07", List.of("a1"))).events().get(0).eventKey();
        assertEquals(inOne, inTwo);
        assertNotEquals(inOne, otherDay);
    }

    @Test
    void readsMonthsWeeksAndYearsAsTheirFirstDay() {
        assertEquals(LocalDate.of(2024, 9, 1), Days.firstDay("2024-09"));
        assertEquals(LocalDate.of(2024, 9, 23), Days.firstDay("2024-W39"));
        assertEquals(LocalDate.of(2024, 1, 1), Days.firstDay("2024"));
        assertNull(Days.firstDay("2024-13-45"));
        assertNull(Days.firstDay("last week"));
    }

    @Test
    void refusesAnEventNamingAnActorTheRecordDoesNotHold() {
        assertThrows(IllegalArgumentException.class,
                () -> TableRows.of(analysis("d1", null, null, List.of("a9"))));
    }
}
