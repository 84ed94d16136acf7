package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a charset label found in a page into a Java charset the way browsers read labels (the WHATWG
 * Encoding Standard): pages that say ISO-8859-1 or ASCII are decoded as windows-1252, a superset that
 * servers send under those names; GB2312 as GBK; a UTF-16 label found by an ASCII prescan as UTF-8.
 */
final class CharsetLabels {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"), Map.entry("ansi_x3.4-1968", "windows-1252"),
            Map.entry("cp819", "windows-1252"), Map.entry("x-user-defined", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
            Map.entry("tis-620", "x-windows-874"), Map.entry("iso-8859-11", "x-windows-874"),
            Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"), Map.entry("x-gbk", "GBK"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("utf-16", "UTF-8"),
            Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"));

    private CharsetLabels() {
    }

    /** The charset {@code label} names, or empty when Java does not know it. */
    static Optional<Charset> resolve(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String name = ALIASES.getOrDefault(key, key);
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /** True for charsets that decode every byte to one character, where valid UTF-8 is a telling accident. */
    static boolean isSingleByte(Charset charset) {
        return !charset.equals(StandardCharsets.UTF_8) && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }
}
