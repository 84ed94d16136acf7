package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimHashTest {

    @Test
    void aCopyWithAnotherFooterStaysWithinTheNearDistance() {
        String article = Articles.HARBOUR + " " + Articles.DROUGHT + " " + Articles.FESTIVAL;
        long original = SimHash.of(article).getAsLong();
        long syndicated = SimHash.of(article + " Copyright Example Wire, all rights reserved.").getAsLong();
        assertTrue(SimHash.distance(original, syndicated) <= SimHash.NEAR,
                "distance " + SimHash.distance(original, syndicated));
    }

    @Test
    void differentArticlesAreFarApart() {
        long a = SimHash.of(Articles.HARBOUR).getAsLong();
        long b = SimHash.of(Articles.DROUGHT).getAsLong();
        assertTrue(SimHash.distance(a, b) > 10, "distance " + SimHash.distance(a, b));
    }

    @Test
    void caseAndPunctuationDoNotChangeTheHash() {
        assertEquals(SimHash.of(Articles.FESTIVAL), SimHash.of(Articles.FESTIVAL.toUpperCase(java.util.Locale.ROOT)
                .replace(",", " ;")));
    }

    @Test
    void aTextTooShortToJudgeHasNoHash() {
        assertTrue(SimHash.of("Iran condemned Israel on Monday.").isEmpty());
        assertThrows(NullPointerException.class, () -> SimHash.of(null));
    }
}
