package org.sitrep.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides whether decoded text is HTML, Markdown or plain text, from the content first and the
 * file name only as a tie-breaker. Thread-safe.
 */
public final class FormatDetector {

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<meta|<!--|<div|<article|<p[ >])");
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(#{1,6} \\S|\\* \\S|- \\S|> \\S)|\\[[^\\]]+]\\([^)]*\\)|\\*\\*[^*]+\\*\\*");

    /** Returns the format of {@code text}, which was read from {@code source}. */
    public Format detect(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (HTML_START.matcher(head).find()) {
            return Format.HTML;
        }
        if (MARKDOWN_SIGNS.matcher(head).find() || source.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return Format.MARKDOWN;
        }
        return Format.TEXT;
    }
}
