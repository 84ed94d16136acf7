package org.sitrep.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.pipeline.Problem;

/**
 * Renders an extraction as a readable page for a terminal: the title, one labelled line per known field
 * and problem, then the body wrapped at {@value #WIDTH} columns. Lines are wrapped between words only
 * (a long link stays whole), and list items keep their hanging indent.
 */
final class TextView {

    static final int WIDTH = 80;
    private static final int LABEL = 11;
    private static final Pattern HANGING = Pattern.compile("^(\\s*(?:[*+-]|\\d{1,3}[.)])?\\s*)");

    private TextView() {
    }

    static String render(Extraction extraction) {
        Document d = extraction.document();
        StringBuilder out = new StringBuilder();
        out.append(wrap("== " + (d.title() == null ? "(no title)" : d.title()), "   ")).append('\n');
        field(out, "source", d.source() + " (" + d.format() + ")");
        field(out, "authors", String.join(", ", d.authors()));
        field(out, "published", d.published());
        field(out, "publisher", d.publisher());
        field(out, "tags", String.join(", ", d.tags()));
        field(out, "language", d.language());
        for (Problem p : extraction.problems()) {
            field(out, "problem", p.kind() + ": " + p.message());
        }
        out.append('\n');
        for (String line : d.text().split("\n", -1)) {
            Matcher indent = HANGING.matcher(line);
            String hanging = indent.find() ? " ".repeat(indent.group(1).length()) : "";
            out.append(wrap(line, hanging)).append('\n');
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            String line = String.format(Locale.ROOT, "%-" + LABEL + "s%s", label + ":", value);
            out.append(wrap(line, " ".repeat(LABEL))).append('\n');
        }
    }

    /** Wraps one line at {@link #WIDTH} columns between words; continuation lines start with {@code hanging}. */
    static String wrap(String line, String hanging) {
        if (line.length() <= WIDTH) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int lineStart = 0;
        int start = 0;
        while (start < line.length()) {
            int end = nextBreak(line, start);
            int wordStart = start;
            while (wordStart < end && line.charAt(wordStart) == ' ') {
                wordStart++;
            }
            boolean fits = out.length() - lineStart + (end - start) <= WIDTH;
            if (!fits && out.length() > lineStart + hanging.length() && wordStart < end) {
                out.append('\n');
                lineStart = out.length();
                out.append(hanging).append(line, wordStart, end);
            } else {
                out.append(line, start, end);
            }
            start = end;
        }
        return out.toString();
    }

    // The end of the next word, with the spaces before it.
    private static int nextBreak(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        while (i < line.length() && line.charAt(i) != ' ') {
            i++;
        }
        return i;
    }
}
