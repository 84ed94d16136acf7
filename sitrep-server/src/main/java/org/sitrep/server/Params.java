package org.sitrep.server;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, read and checked: each getter either returns a value within its limits
 * or throws {@link BadRequest} naming the parameter and what was wrong. Names the route does not know are
 * refused too, so a misspelt filter never silently returns everything.
 *
 * <p>Not thread-safe; one instance per request.
 */
public final class Params {

    /** The largest page any list route returns. */
    public static final int MAX_LIMIT = 500;
    /** The longest free-text value (a search query, a name filter). */
    public static final int MAX_TEXT = 500;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private final Map<String, List<String>> values;

    /**
     * @param values the raw parameters, as the server parsed them
     * @param known the names this route takes
     * @throws BadRequest if a name is not known or a parameter is given twice
     */
    public Params(Map<String, List<String>> values, Set<String> known) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(known, "known");
        TreeSet<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new BadRequest("unknown parameter " + quoted(unknown.first()) + "; this route takes "
                    + new TreeSet<>(known));
        }
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (e.getValue().size() > 1) {
                throw new BadRequest("parameter " + quoted(e.getKey()) + " is given " + e.getValue().size()
                        + " times; give it once");
            }
        }
        this.values = Map.copyOf(values);
    }

    /** The raw value, or null when absent or blank. */
    private String raw(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty() || list.get(0).isBlank()) {
            return null;
        }
        return list.get(0).strip();
    }

    /** Free text of at most {@code maxLength} characters, or null. */
    public String text(String name, int maxLength) {
        String value = raw(name);
        if (value != null && value.length() > maxLength) {
            throw new BadRequest("parameter " + quoted(name) + " is " + value.length()
                    + " characters long; the limit is " + maxLength);
        }
        if (value != null && value.chars().anyMatch(c -> c < 0x20)) {
            throw new BadRequest("parameter " + quoted(name) + " holds a control character");
        }
        return value;
    }

    /** Free text that must be present. */
    public String requiredText(String name, int maxLength) {
        String value = text(name, maxLength);
        if (value == null) {
            throw new BadRequest("parameter " + quoted(name) + " is required");
        }
        return value;
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        String value = raw(name);
        if (value == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter " + quoted(name) + " must be a whole number, not " + quoted(clip(value)));
        }
        if (n < min || n > max) {
            throw new BadRequest("parameter " + quoted(name) + " must be between " + min + " and " + max
                    + ", not " + n);
        }
        return n;
    }

    /** The page size: 1 to {@link #MAX_LIMIT}, {@code fallback} when absent. */
    public int limit(int fallback) {
        return integer("limit", fallback, 1, MAX_LIMIT);
    }

    /** Where the page starts: 0 to 100,000. Deeper pages should narrow the filters instead. */
    public int offset() {
        return integer("offset", 0, 0, 100_000);
    }

    /** A day written {@code YYYY-MM-DD} (or a month {@code YYYY-MM}, read as its first day), or null. */
    public LocalDate date(String name) {
        String value = raw(name);
        if (value == null) {
            return null;
        }
        String day = value.length() == 7 ? value + "-01" : value;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter " + quoted(name) + " must be a date YYYY-MM-DD or a month YYYY-MM, not "
                    + quoted(clip(value)));
        }
    }

    /** A month written {@code YYYY-MM}, or null. */
    public YearMonth month(String name) {
        String value = raw(name);
        if (value == null) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter " + quoted(name) + " must be a month YYYY-MM, not " + quoted(clip(value)));
        }
    }

    /** The last day of the month when {@code name} is a month, else as {@link #date}: for inclusive ends. */
    public LocalDate endDate(String name) {
        LocalDate day = date(name);
        String value = raw(name);
        return day != null && value.length() == 7 ? day.withDayOfMonth(day.lengthOfMonth()) : day;
    }

    /** One of {@code allowed} (matched without regard to case, returned as written in {@code allowed}), or null. */
    public String choice(String name, Set<String> allowed) {
        String value = raw(name);
        if (value == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new BadRequest("parameter " + quoted(name) + " must be one of " + new TreeSet<>(allowed) + ", not "
                + quoted(clip(value)));
    }

    /** An actor code such as {@code PAK} or {@code TALIBAN} (letters, digits, underscore), upper-cased, or null. */
    public String code(String name) {
        String value = raw(name);
        if (value != null && !CODE.matcher(value).matches()) {
            throw new BadRequest("parameter " + quoted(name) + " must be an actor code (letters, digits, _ and -), not "
                    + quoted(clip(value)));
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** Checks a path segment that names a record (a document or event id). */
    public static String id(String name, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new BadRequest(name + " must be an id of letters, digits and . _ : -, not "
                    + quoted(clip(String.valueOf(value))));
        }
        return value;
    }

    /** Checks a path segment that names an actor by code. */
    public static String pathCode(String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new BadRequest("actor code must be letters, digits, _ and -, not "
                    + quoted(clip(String.valueOf(value))));
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** A bad value shown back, cut so that a huge parameter cannot make a huge error. */
    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }
}
