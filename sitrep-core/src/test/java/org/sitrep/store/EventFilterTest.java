package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void codesTypesAndFactualitiesAreNormalised() {
        EventFilter f = new EventFilter(" pak ", "afg", "assault", "ASSERTED", null, null, " ");
        assertEquals("PAK", f.actor());
        assertEquals("AFG", f.recipient());
        assertEquals("ASSAULT", f.type());
        assertEquals("asserted", f.factuality());
        assertEquals(null, f.sourceUrl());
    }

    @Test
    void unknownValuesAreRefusedByName() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> new EventFilter(null, null, "BOMB", null, null, null, null));
        assertTrue(type.getMessage().contains("unknown event type 'BOMB'"), type.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EventFilter(null, null, null, "likely", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new EventFilter("P'K; DROP", null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new EventFilter(null, null, null, null,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null));
    }

    @Test
    void sourcePatternsMatchAnywhereUnlessTheyHoldAWildcard() {
        assertEquals("%example.com/100\\%\\_x%", SqlFilter.likePattern("example.com/100%_x"));
        assertEquals("https://%.example/%", SqlFilter.likePattern("https://*.example/*"));
    }

    @Test
    void everyPloverTypeIsCooperationOrConflict() {
        assertEquals(16, EventFilter.COOPERATION.size() + EventFilter.CONFLICT.size());
        assertTrue(EventFilter.isCooperation("AID"));
    }
}
