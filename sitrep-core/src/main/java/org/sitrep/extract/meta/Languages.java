package org.sitrep.extract.meta;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Language codes as pages declare them ("en-US", "pt_BR", "English") brought to ISO 639-1 ("en"). */
final class Languages {

    private static final Pattern CODE = Pattern.compile("^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$");
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("english", "en"),
            Map.entry("french", "fr"), Map.entry("german", "de"), Map.entry("spanish", "es"),
            Map.entry("italian", "it"), Map.entry("portuguese", "pt"), Map.entry("dutch", "nl"),
            Map.entry("russian", "ru"), Map.entry("arabic", "ar"), Map.entry("chinese", "zh"),
            Map.entry("japanese", "ja"), Map.entry("korean", "ko"));
    /** Three-letter codes pages use for languages that have a two-letter one. */
    private static final Map<String, String> LONG_CODES = Map.ofEntries(Map.entry("eng", "en"),
            Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("deu", "de"), Map.entry("ger", "de"),
            Map.entry("spa", "es"), Map.entry("ita", "it"), Map.entry("por", "pt"), Map.entry("nld", "nl"),
            Map.entry("rus", "ru"), Map.entry("ara", "ar"), Map.entry("zho", "zh"), Map.entry("jpn", "ja"),
            Map.entry("kor", "ko"));

    private static final java.util.Set<String> UNDETERMINED = java.util.Set.of("und", "mul", "zxx", "mis");

    private Languages() {
    }

    /** Returns the ISO 639-1 code (or a 639-2/3 code when there is no shorter one), or null when unreadable. */
    static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        String value = declared.strip().toLowerCase(Locale.ROOT);
        if (NAMES.containsKey(value)) {
            return NAMES.get(value);
        }
        Matcher m = CODE.matcher(value);
        if (!m.matches() || UNDETERMINED.contains(m.group(1))) {
            return null;
        }
        return LONG_CODES.getOrDefault(m.group(1), m.group(1));
    }
}
