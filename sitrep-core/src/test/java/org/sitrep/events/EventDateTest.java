package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventDateTest {

    @Test
    void theEndOfAPeriodIsNotWhenTheActHappened() {
        Event deal = Coding.code("Egypt signed a gas agreement with Israel on Monday that runs until 2047.").only("SUPPORT");
        assertEquals("2024-09-30", deal.date());
    }

    @Test
    void aDeadlineIsNotWhenTheActHappened() {
        Event demand = Coding.code("The United Nations urged Iran to stop enriching uranium by 2030.").only("REQUEST");
        assertEquals("2024-10-03", demand.date());
    }

    @Test
    void anAnnouncedActKeepsItsFutureDate() {
        Event talks = Coding.code("Iran will hold talks with Oman in March 2025.").only("AGREE");
        assertEquals("future", talks.factuality());
        assertEquals("2025-03", talks.date());
    }

    @Test
    void aMonthNamedMarchIsNoProtest() {
        assertEquals(0, Coding.code("Iran will hold talks with Oman in March 2025.").coded().events().stream()
                .filter(e -> e.type().equals("PROTEST")).count());
    }

    @Test
    void anActReportedAsDoneCannotHappenAfterTheReport() {
        Event visit = Coding.code("India criticised Pakistan over its 2031 water plan.").only("ACCUSE");
        assertEquals("2024-10-03", visit.date());
    }

    @Test
    void aDateIsAfterThePublicationOnlyWhenItBeginsAfterItsPeriod() {
        assertTrue(Setting.after("2047", "2024-10-03"));
        assertFalse(Setting.after("2024", "2024-10-03"));
        assertFalse(Setting.after("2024-10", "2024-10-03"));
        assertTrue(Setting.after("2024-10-04", "2024-10-03"));
        assertFalse(Setting.after("2024-W40", "2024-10-03"));
        assertTrue(Setting.after("2024-W41", "2024-10-03"));
        assertTrue(Setting.after("2024-11", "2024-10"));
        assertFalse(Setting.after("2047", null));
    }
}
