package org.sitrep.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes byte counts the way people write them: {@code 16MiB}, {@code 500k}, {@code 2G}. */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d{1,19})\\s*(?:([kmg])i?)?b?\\s*");
    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB"};

    private ByteSizes() {
    }

    /**
     * Parses a size: digits with an optional unit {@code k}, {@code M} or {@code G} (powers of 1024,
     * with or without {@code i} and {@code B}; case does not matter).
     *
     * @throws IllegalArgumentException when {@code text} is not such a size or overflows a long
     */
    public static long parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = SIZE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (write e.g. 16MiB, 500k or 1048576)");
        }
        int shift = matcher.group(2) == null ? 0 : 10 * ("kmg".indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1);
        try {
            long value = Long.parseLong(matcher.group(1));
            if (value > Long.MAX_VALUE >> shift) {
                throw new IllegalArgumentException("size too large: '" + text + "'");
            }
            return value << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size too large: '" + text + "'", e);
        }
    }

    /** Describes a byte count for people: {@code 52428800} becomes {@code "50.0 MiB (52428800 bytes)"}. */
    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, UNITS[unit], bytes);
    }
}
