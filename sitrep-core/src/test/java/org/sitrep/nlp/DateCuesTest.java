package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which sentences go through SUTime. */
class DateCuesTest {

    private static boolean cued(String sentence) {
        return DateCues.any(Arrays.asList(sentence.split(" ")));
    }

    @Test
    void relativeDatesWeekdaysMonthsAndDigitsAreCues() {
        assertTrue(cued("Envoys met last week"));
        assertTrue(cued("They spoke on Monday"));
        assertTrue(cued("Talks began in Sept. after a pause"));
        assertTrue(cued("The accord of 2019 holds"));
        assertTrue(cued("It happened two years ago"));
        assertTrue(cued("Troops were previously stationed there"));
    }

    @Test
    void sentencesWithoutTimeWordsAreNotCued() {
        assertFalse(cued("Iran condemned Israel"));
        assertFalse(cued("The minister said the border would stay closed"));
        assertFalse(cued(""));
    }
}
