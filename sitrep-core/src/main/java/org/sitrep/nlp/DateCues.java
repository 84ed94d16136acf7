package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a date or time expression: a digit, a month or weekday name, a unit of time,
 * a relative time word ("ago", "yesterday", "recently") or a holiday. Only such sentences go through
 * SUTime, which is the dearest part of NER; the words are the heads of SUTime's English rules, so a sentence
 * without one gets the same names and dates either way. (Without SUTime, number words such as "one" or
 * "first" alone are not labelled NUMBER or ORDINAL; nothing above the language layer reads those labels.)
 */
final class DateCues {

    private static final Set<String> WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend",
            "weekends", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade",
            "decades", "century", "centuries", "millennium", "morning", "mornings", "afternoon", "afternoons",
            "evening", "evenings", "night", "nights", "noon", "midnight", "dawn", "dusk", "tonight", "today",
            "yesterday", "tomorrow", "now", "currently", "recently", "recent", "lately", "ago", "daily", "weekly",
            "monthly", "yearly", "annually", "annual", "hourly", "nightly", "biweekly", "spring", "summer",
            "autumn", "fall", "winter", "season", "seasons", "christmas", "easter", "ramadan", "eid",
            "thanksgiving", "halloween", "hanukkah", "passover", "diwali", "eve", "present", "past", "future",
            "time", "times", "once", "previously", "current", "formerly", "former", "percent", "soon", "sometime", "nowadays", "overnight", "weekday", "weekdays",
            "midday", "daytime", "nighttime", "period", "term", "era", "fy", "yr", "yrs", "hr", "hrs", "min",
            "mins", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "pst", "bst", "cet");

    private DateCues() {
    }

    /** Whether any of the words may start or be part of a date or time expression. */
    static boolean any(List<String> words) {
        for (String word : words) {
            if (cue(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean cue(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) || lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1));
    }
}
