package org.sitrep.export;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first calendar day of an ISO date as sitrep writes them: a day ({@code 2024-09-26}), a month
 * ({@code 2024-09}), an ISO week ({@code 2024-W39}) or a year ({@code 2024}). Tables keep the text as written
 * and this day beside it, so that filters and timelines can compare dates.
 */
final class Days {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Days() {
    }

    /** The first day the date covers, or null when it is null or not one of the four forms. */
    static LocalDate firstDay(String date) {
        if (date == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(date)).matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            if ((m = MONTH.matcher(date)).matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), 1);
            }
            if ((m = WEEK.matcher(date)).matches()) {
                return LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(DayOfWeek.MONDAY);
            }
            if (YEAR.matcher(date).matches()) {
                return LocalDate.of(Integer.parseInt(date), 1, 1);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
