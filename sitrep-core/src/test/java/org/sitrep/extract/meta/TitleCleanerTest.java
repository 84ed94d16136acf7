package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    private final TitleCleaner cleaner = new TitleCleaner();

    @Test
    void cutsATrailingSiteName() {
        assertEquals("Storm floods the harbour district",
                cleaner.clean("Storm floods the harbour district | The Harbour Gazette", "The Harbour Gazette", null));
        assertEquals("Storm floods the harbour district",
                cleaner.clean("Storm floods the harbour district - Harbour Gazette", "The Harbour Gazette", null));
    }

    @Test
    void cutsALeadingSiteName() {
        assertEquals("Council votes on the new bridge",
                cleaner.clean("Harbour Gazette :: Council votes on the new bridge", "Harbour Gazette", null));
    }

    @Test
    void recognisesTheSiteByItsHostWhenNoNameIsGiven() {
        assertEquals("Council votes on the new bridge",
                cleaner.clean("Council votes on the new bridge – HarbourGazette.com", null,
                        "www.harbourgazette.com"));
        assertEquals("Council votes on the new bridge",
                cleaner.clean("Council votes on the new bridge - CNN", null, "edition.cnn.com"));
    }

    @Test
    void keepsPartsThatDoNotNameTheSite() {
        assertEquals("Ceasefire talks - what we know so far",
                cleaner.clean("Ceasefire talks - what we know so far", "Harbour Gazette", "harbourgazette.com"));
        assertEquals("Markets | Oil slips on supply worries",
                cleaner.clean("Markets | Oil slips on supply worries", null, null));
    }

    @Test
    void foldsWhiteSpace() {
        assertEquals("Two lines of headline", cleaner.clean("  Two lines\n   of headline ", null, null));
    }

    @Test
    void blankOrNullTitleGivesNull() {
        assertNull(cleaner.clean(null, "Harbour Gazette", null));
        assertNull(cleaner.clean("   ", "Harbour Gazette", null));
    }

    @Test
    void cutLabelRemovesASectionNameOnly() {
        assertEquals("Why the port strike matters",
                cleaner.cutLabel("Opinion | Why the port strike matters", "Opinion"));
        assertEquals("Why the port strike matters",
                cleaner.cutLabel("Why the port strike matters | Opinion", "opinion"));
        assertEquals("Sports | Why the port strike matters",
                cleaner.cutLabel("Sports | Why the port strike matters", "Opinion"));
    }

    @Test
    void cutLabelRejectsNullTitle() {
        assertThrows(NullPointerException.class, () -> cleaner.cutLabel(null, "Opinion"));
    }
}
