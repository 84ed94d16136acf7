package org.sitrep.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a short piece of text as pages write them: ISO 8601 timestamps (with or without
 * zone), "October 03, 2024", "Oct. 3, 2024", "3 October 2024", "Nov 19 2019", "2019/11/19", "19.11.2019",
 * "20191119", with or without "Updated" or "Published" around them. Thread-safe.
 *
 * <p>A timestamp keeps the calendar date it was written with: "2019-11-19T01:00:00-05:00" is 19 November,
 * the publisher's own day, not the UTC day. When the text holds several dates, one marked as published wins
 * over one marked as updated or modified. Impossible dates (month 13, 30 February, years outside 1900-2100)
 * are rejected.
 */
public final class DateParser {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** English month names and abbreviations, with the common ones of a few other Latin-script languages. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("janvier", 1), Map.entry("januar", 1),
            Map.entry("enero", 1), Map.entry("gennaio", 1), Map.entry("janeiro", 1), Map.entry("januari", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("février", 2), Map.entry("februar", 2),
            Map.entry("febrero", 2), Map.entry("febbraio", 2), Map.entry("fevereiro", 2), Map.entry("februari", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("mars", 3), Map.entry("märz", 3),
            Map.entry("marzo", 3), Map.entry("março", 3), Map.entry("maart", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("aprile", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5), Map.entry("maggio", 5),
            Map.entry("maio", 5), Map.entry("mei", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juin", 6), Map.entry("juni", 6),
            Map.entry("junio", 6), Map.entry("giugno", 6), Map.entry("junho", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juillet", 7), Map.entry("juli", 7),
            Map.entry("julio", 7), Map.entry("luglio", 7), Map.entry("julho", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("agosto", 8),
            Map.entry("augustus", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
            Map.entry("septiembre", 9), Map.entry("settembre", 9), Map.entry("setembro", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("octobre", 10), Map.entry("oktober", 10),
            Map.entry("octubre", 10), Map.entry("ottobre", 10), Map.entry("outubro", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
            Map.entry("noviembre", 11), Map.entry("novembro", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("décembre", 12),
            Map.entry("dezember", 12), Map.entry("diciembre", 12), Map.entry("dicembre", 12),
            Map.entry("dezembro", 12));

    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?";
    private static final String YEAR = "(\\d{4})";

    /** Each form with the group numbers of year, month and day; a month group may hold a name. */
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<!\\d)" + YEAR + "-(\\d{1,2})-(\\d{1,2})(?!\\d)"), 1, 2, 3),
            new Form(Pattern.compile("(?<!\\d)" + YEAR + "[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)"), 1, 2, 3),
            new Form(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])"), 3, 2, 1),
            new Form(Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)"), 3, 1, 2),
            new Form(Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)"), 3, 2, 1),
            new Form(Pattern.compile("(?<![\\p{L}\\d])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
                    + "(?!\\d)"), 3, 1, 2),
            new Form(Pattern.compile("(?<![\\p{L}\\d])" + DAY + "\\s*(?:de\\s+)?" + MONTH
                    + ",?\\s+(?:de\\s+)?" + YEAR + "(?!\\d)"), 3, 2, 1),
            new Form(Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$"), 1, 2, 3));

    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?i)(publi|posted|created|issued|erschienen|veröffentlicht)\\p{L}*\\W*(?:on\\W*)?$");
    private static final Pattern UPDATED_CUE = Pattern.compile(
            "(?i)(updat|modif|edited|revised|aktualisiert|actualiz|mis à jour)\\p{L}*\\W*(?:on\\W*)?$");
    private static final int CUE_WINDOW = 25;
    /** A time of day with a UTC designator or none at all, at the end of a timestamp. */
    private static final Pattern UTC_TIME = Pattern.compile(
            "(?i)[T\\s](\\d{2}):\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(z|[+-]00:?00|utc|gmt|gmt[+-]0000)?(\\s*\\(.*\\))?$");

    /** Returns the published date in {@code text}, or empty when it holds no possible date. */
    public Optional<LocalDate> parse(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        List<Found> found = findAll(stripped);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        for (Found date : found) {
            if (PUBLISHED_CUE.matcher(before(stripped, date.start())).find()) {
                return Optional.of(date.date());
            }
        }
        for (Found date : found) {
            if (!UPDATED_CUE.matcher(before(stripped, date.start())).find()) {
                return Optional.of(date.date());
            }
        }
        return Optional.of(found.get(0).date());
    }

    /**
     * Returns the hour of a timestamp written in UTC or without a zone ("2019-11-19T02:34:30Z" gives 2), or
     * empty for a date alone or a timestamp with a local offset. The calendar date of such a timestamp may be a
     * day off the publisher's own.
     */
    public OptionalInt utcHour(String timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        Matcher m = UTC_TIME.matcher(timestamp.strip());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * Returns the first possible date in {@code text} with where it stands, or empty; lets a caller cut a
     * date out of a line ("Global Research, October 03, 2024").
     */
    public Optional<Found> find(String text) {
        Objects.requireNonNull(text, "text");
        List<Found> found = findAll(text);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                toDate(m, form).ifPresent(date -> found.add(new Found(date, m.start(), m.end())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - CUE_WINDOW), start);
    }

    private static Optional<LocalDate> toDate(Matcher m, Form form) {
        return Optional.ofNullable(dateOf(m.group(form.year()), m.group(form.month()), m.group(form.day())));
    }

    /** The date of a year, a month (number or name) and a day as written, or null when there is none. */
    static LocalDate dateOf(String yearText, String monthText, String dayText) {
        Integer month = month(monthText);
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(yearText);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(dayText));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static Integer month(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(token);
        }
        return MONTHS.get(token.toLowerCase(Locale.ROOT));
    }

    private record Form(Pattern pattern, int year, int month, int day) {
    }

    /**
     * A date found in a text.
     *
     * @param date the calendar date
     * @param start where its text starts
     * @param end where its text ends (excluded)
     */
    public record Found(LocalDate date, int start, int end) {
    }
}
