package org.sitrep.extract.meta;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cleans a page title: folds white space and cuts a leading or trailing " | Site Name" or " - Site Name"
 * when that part names the site (its name, or its host name). Thread-safe.
 *
 * <pre>{@code
 * new TitleCleaner().clean("Storm hits coast | The Daily Bugle", "The Daily Bugle", null)
 *     // "Storm hits coast"
 * }</pre>
 */
public final class TitleCleaner {

    /** Separators that sites put between a headline and their name, widest first. */
    private static final List<String> SEPARATORS = List.of(" | ", " – ", " — ", " - ", " :: ", " « ", " » ",
            " · ", " • ", " ~ ", " / ");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HOST_NOISE = Pattern.compile("^(www\\d?|m|amp|edition|blog|news)\\.");
    private static final Pattern TLD = Pattern.compile("\\.(com|co|org|net|info|news|gov|edu|ac)?(\\.[a-z]{2})?$");

    /**
     * Returns {@code title} with white space folded and the site's name cut off, or null when the title is null
     * or blank.
     *
     * @param title the raw title
     * @param siteName the site's name when known, else null
     * @param host the page's host name ("www.example.com") when known, else null
     */
    public String clean(String title, String siteName, String host) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String cleaned = SPACE.matcher(title).replaceAll(" ").strip();
        List<String> names = List.of(key(siteName), hostKey(host));
        for (String separator : SEPARATORS) {
            cleaned = cutSuffix(cleaned, separator, names);
            cleaned = cutPrefix(cleaned, separator, names);
        }
        return cleaned;
    }

    /**
     * Returns {@code title} without a leading "Label | " or trailing " | Label" naming {@code label} exactly
     * (a section such as "Opinion" or "Editorial").
     */
    public String cutLabel(String title, String label) {
        Objects.requireNonNull(title, "title");
        String key = key(label);
        if (key.isEmpty()) {
            return title;
        }
        for (String separator : SEPARATORS) {
            int last = title.lastIndexOf(separator);
            if (last > 0 && key(title.substring(last + separator.length())).equals(key)) {
                return title.substring(0, last).strip();
            }
            int first = title.indexOf(separator);
            if (first > 0 && key(title.substring(0, first)).equals(key)) {
                return title.substring(first + separator.length()).strip();
            }
        }
        return title;
    }

    /** True when {@code text} names the site: its name or its host. */
    static boolean namesSite(String text, String siteName, String host) {
        return namesSite(text, List.of(key(siteName), hostKey(host)));
    }

    private static String cutSuffix(String title, String separator, List<String> names) {
        int at = title.lastIndexOf(separator);
        if (at > 0 && namesSite(title.substring(at + separator.length()), names)) {
            return title.substring(0, at).strip();
        }
        return title;
    }

    private static String cutPrefix(String title, String separator, List<String> names) {
        int at = title.indexOf(separator);
        if (at > 0 && at + separator.length() < title.length() && namesSite(title.substring(0, at), names)) {
            return title.substring(at + separator.length()).strip();
        }
        return title;
    }

    /** True when a title part is the site: equal to its name or host, or one holding the other. */
    private static boolean namesSite(String part, List<String> names) {
        String key = key(part);
        if (key.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            boolean near = key.length() <= name.length() + 10;
            if (key.equals(name) || (name.length() >= 4 && key.contains(name) && near)
                    || (name.length() >= 3 && key.startsWith(name) && near)
                    || (key.length() >= 4 && name.contains(key) && key.length() * 2 >= name.length())) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case letters and digits only, accents removed, so "The Daily-Bugle" is "thedailybugle". */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return key.startsWith("the") && key.length() > 6 ? key.substring(3) : key;
    }

    /** The distinctive part of a host name: "www.nytimes.com" gives "nytimes". */
    static String hostKey(String host) {
        if (host == null || host.isBlank()) {
            return "";
        }
        String name = HOST_NOISE.matcher(host.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
        name = TLD.matcher(name).replaceFirst("");
        return key(name);
    }
}
