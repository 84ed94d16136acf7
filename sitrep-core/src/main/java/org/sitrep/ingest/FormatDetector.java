package org.sitrep.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether decoded text is HTML, Markdown or plain text from its content, so that a {@code .txt}
 * file holding a web page is read as HTML and a {@code .html} file holding Markdown as Markdown. The file
 * name only breaks a tie: text with no sign of either markup is Markdown when it is named {@code .md}.
 * Looks at the first 64 KiB only. Thread-safe: holds no state.
 */
public final class FormatDetector {

    /** How much of the text the signs are counted in. */
    static final int HEAD = 64 * 1024;

    /**
     * A text that opens like a whole page is HTML, whatever follows. Fragments (a text starting with
     * {@code <div>} or {@code <img>}) are left to the counts: Markdown renderings often open with a stray tag.
     */
    private static final Pattern HTML_START = Pattern.compile("(?i)\\A[\\s\\uFEFF]*(?:<\\?xml[^>]*>\\s*)?"
            + "(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|base)[\\s>/]", Pattern.DOTALL);
    /** Tags of common HTML elements anywhere in the text, opening or closing. */
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:html|head|body|div|p|span|a|br|hr|img|ul|ol|li"
            + "|table|tr|td|th|h[1-6]|article|section|header|footer|nav|main|aside|figure|em|strong|b|i"
            + "|blockquote|script|style|meta|link|title|form|input|button)(?:\\s[^<>]*)?/?>");
    /** Markdown that plain text rarely has: headings, links, images, bold, fences, reference definitions. */
    private static final Pattern MARKDOWN_STRONG = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+\\S|!?\\[[^\\[\\]\\n]{1,500}]\\([^)\\s]{0,2000}\\)"
            + "|\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__|^ {0,3}(?:```|~~~)|^ {0,3}\\[[^\\[\\]\\n]{1,500}]:[ \\t]*\\S"
            + "|^[ \\t]*\\S[^\\n]*\\n {0,3}={3,}[ \\t]*$");
    /** Markdown that plain text also has now and then: list items, quotes, rules, single emphasis. */
    private static final Pattern MARKDOWN_WEAK = Pattern.compile("(?m)^ {0,3}(?:[*+-]|\\d{1,3}[.)])[ \\t]+\\S"
            + "|^ {0,3}>[ \\t]?\\S|^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"
            + "|(?<![*\\w])\\*[^*\\s][^*\\n]*\\*(?![*\\w])");

    private static final int MIN_HTML_TAGS = 4;
    private static final int MIN_WEAK_SIGNS = 3;

    /** Returns the format of {@code text}, which was read from {@code source}. */
    public Format detect(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        if (HTML_START.matcher(head).lookingAt()) {
            return Format.HTML;
        }
        int strong = count(MARKDOWN_STRONG, head);
        int tags = count(HTML_TAG, head);
        // Markdown renderings keep a stray tag now and then; a page fragment is mostly tags.
        if (tags >= MIN_HTML_TAGS && tags > 2 * strong) {
            return Format.HTML;
        }
        if (strong > 0 || count(MARKDOWN_WEAK, head) >= MIN_WEAK_SIGNS) {
            return Format.MARKDOWN;
        }
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? Format.MARKDOWN : Format.TEXT;
    }

    private static int count(Pattern pattern, String text) {
        int count = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
