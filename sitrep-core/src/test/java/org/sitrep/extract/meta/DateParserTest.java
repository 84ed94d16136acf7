package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-10-03 | 2024-10-03",
            "2019-11-19T03:00:00Z | 2019-11-19",
            "2019-11-19T22:15:00-05:00 | 2019-11-19",
            "2019-11-19T22:15:00.123+01:00 | 2019-11-19",
            "October 03, 2024 | 2024-10-03",
            "Oct. 3, 2024 | 2024-10-03",
            "3 October 2024 | 2024-10-03",
            "3rd October, 2024 | 2024-10-03",
            "Nov 19 2019 | 2019-11-19",
            "Tuesday, November 19, 2019 9:43 PM | 2019-11-19",
            "2019/11/19 | 2019-11-19",
            "19.11.2019 | 2019-11-19",
            "20191119 | 2019-11-19",
            "11/19/2019 | 2019-11-19",
            "19/11/2019 | 2019-11-19",
            "25. September 2018 | 2018-09-25",
            "19 de novembro de 2019 | 2019-11-19",
            "SEPT. 9, 2021 | 2021-09-09",
            "Global Research, October 03, 2024 | 2024-10-03"})
    void readsTheCommonWaysPagesWriteADate(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), parser.parse(text));
    }

    @Test
    void stripsUpdatedAndPublishedLabels() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)), parser.parse("Published: Nov. 18, 2019 at 8:19 p.m."));
        assertEquals(Optional.of(LocalDate.of(2019, 11, 20)), parser.parse("Updated November 20, 2019"));
    }

    @Test
    void prefersThePublishedDateOverTheUpdatedOneWhicheverComesFirst() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)),
                parser.parse("Updated Nov 19, 2019, 9:41 AM; Posted Nov 18, 2019, 8:19 PM"));
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)),
                parser.parse("Last modified 2019-11-21 | Published on 2019-11-18"));
    }

    @Test
    void takesADateNotMarkedAsAnUpdateBeforeOneThatIs() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)),
                parser.parse("Updated: 2019-11-20. First seen 2019-11-18"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-30", "2019-13-01", "31.04.2020", "February 30, 2021", "1850-01-01",
            "no date here", "", "Room 1234, floor 12", "Smarch 3, 2020"})
    void rejectsImpossibleOrMissingDates(String text) {
        assertEquals(Optional.empty(), parser.parse(text));
    }

    @Test
    void findReportsWhereTheDateStands() {
        String line = "Global Research, October 03, 2024";
        DateParser.Found found = parser.find(line).orElseThrow();

        assertEquals("October 03, 2024", line.substring(found.start(), found.end()));
        assertEquals(LocalDate.of(2024, 10, 3), found.date());
    }

    @Test
    void utcHourIsGivenOnlyForTimestampsWithoutALocalOffset() {
        assertEquals(OptionalInt.of(2), parser.utcHour("2019-11-19T02:34:30Z"));
        assertEquals(OptionalInt.of(3), parser.utcHour("Tue Nov 19 2019 03:05:46 GMT+0000"));
        assertEquals(OptionalInt.of(1), parser.utcHour("2019-11-20T01:53:14.418"));
        assertEquals(OptionalInt.empty(), parser.utcHour("2019-11-19T22:15:00-05:00"));
        assertEquals(OptionalInt.empty(), parser.utcHour("2019-11-19"));
    }

    @Test
    void rejectsNull() {
        NullPointerException thrown = assertThrows(NullPointerException.class, () -> parser.parse(null));
        assertTrue(thrown.getMessage().contains("text"));
        assertThrows(NullPointerException.class, () -> parser.find(null));
        assertThrows(NullPointerException.class, () -> parser.utcHour(null));
    }
}
