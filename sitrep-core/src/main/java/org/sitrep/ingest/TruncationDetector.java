package org.sitrep.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.pipeline.Problem;

/**
 * Tells whether an HTML page was cut off: it ends inside a tag, an attribute value, a comment or a
 * script or style element, or it opened {@code <html>} or {@code <body>} and closed neither. A cut page
 * is still processed; this only says so. A single pass with no backtracking, so large pages cost little.
 * Thread-safe: holds no state.
 */
public final class TruncationDetector {

    private enum State { DATA, TAG, COMMENT, RAW_TEXT }

    /** Where the scan is; one per call. */
    private static final class Scan {
        State state = State.DATA;
        int tagStart;
        char quote;
        String rawTextElement;
        boolean opened;
        boolean closed;
    }

    /** Returns a problem of kind {@code truncated} when {@code html} looks cut off, else empty. */
    public Optional<Problem> check(String html) {
        Objects.requireNonNull(html, "html");
        Scan scan = new Scan();
        int i = 0;
        while (i < html.length()) {
            switch (scan.state) {
                case DATA -> i = data(html, i, scan);
                case COMMENT -> i = comment(html, i, scan);
                case TAG -> i = tag(html, i, scan);
                default -> i = rawText(html, i, scan);
            }
        }
        return verdict(html, scan).map(where -> new Problem("truncated", "the page " + where + ": it looks cut off"));
    }

    private static int data(String html, int from, Scan scan) {
        int lt = html.indexOf('<', from);
        if (lt < 0) {
            return html.length();
        }
        if (lt + 1 == html.length()) { // cut right after the '<' of a tag
            scan.state = State.TAG;
            scan.tagStart = lt;
            return html.length();
        }
        if (html.startsWith("<!--", lt)) {
            scan.state = State.COMMENT;
            return lt + 4;
        }
        char next = html.charAt(lt + 1);
        if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
            scan.state = State.TAG;
            scan.tagStart = lt;
            scan.quote = 0;
        }
        return lt + 1;
    }

    private static int comment(String html, int from, Scan scan) {
        int end = html.indexOf("-->", from);
        if (end < 0) {
            return html.length();
        }
        scan.state = State.DATA;
        return end + 3;
    }

    private static int tag(String html, int from, Scan scan) {
        char previous = html.charAt(from - 1);
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (scan.quote != 0) {
                if (c == scan.quote) {
                    scan.quote = 0;
                }
            } else if ((c == '"' || c == '\'') && previous == '=') {
                scan.quote = c;
            } else if (c == '>') {
                endTag(html, scan.tagStart + 1, i, scan);
                return i + 1;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
        return html.length();
    }

    // Works on indices into the page: pages have thousands of tags, and only a few names matter here.
    private static void endTag(String html, int start, int end, Scan scan) {
        boolean closing = start < end && html.charAt(start) == '/';
        int nameStart = closing ? start + 1 : start;
        int nameEnd = nameStart;
        while (nameEnd < end && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        scan.state = State.DATA;
        if (nameEnd - nameStart > "script".length()) {
            return;
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        if ("html".equals(name) || "body".equals(name)) {
            scan.opened |= !closing;
            scan.closed |= closing;
        } else if (!closing && html.charAt(end - 1) != '/' && ("script".equals(name) || "style".equals(name))) {
            scan.state = State.RAW_TEXT;
            scan.rawTextElement = name;
        }
    }

    private static int rawText(String html, int from, Scan scan) {
        String end = "</" + scan.rawTextElement;
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i, end, 0, end.length())) {
                scan.state = State.DATA;
                return i;
            }
        }
        return html.length();
    }

    private static Optional<String> verdict(String html, Scan scan) {
        switch (scan.state) {
            case TAG:
                String name = tagName(html.substring(scan.tagStart + 1, Math.min(html.length(), scan.tagStart + 64)));
                String where = scan.quote != 0 ? "ends inside an attribute value" : "ends inside a tag";
                return Optional.of(name.isEmpty() ? where : where + " (<" + name + " ...)");
            case COMMENT:
                return Optional.of("ends inside a comment");
            case RAW_TEXT:
                return Optional.of("ends inside a <" + scan.rawTextElement + "> element");
            default:
                return scan.opened && !scan.closed ? Optional.of("ends without closing </body> or </html>") : Optional.empty();
        }
    }

    private static String tagName(String inside) {
        int start = inside.startsWith("/") ? 1 : 0;
        int end = start;
        while (end < inside.length() && (Character.isLetterOrDigit(inside.charAt(end)) || inside.charAt(end) == '-')) {
            end++;
        }
        return inside.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
