package org.sitrep.cli;

import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.pipeline.Problem;

/** Renders an extraction as a readable page for a terminal. */
final class TextView {

    private TextView() {
    }

    static String render(Extraction extraction) {
        Document d = extraction.document();
        StringBuilder out = new StringBuilder();
        out.append("== ").append(d.title() == null ? "(no title)" : d.title()).append('\n');
        line(out, "source", d.source() + " (" + d.format() + ")");
        line(out, "authors", String.join(", ", d.authors()));
        line(out, "published", d.published());
        line(out, "publisher", d.publisher());
        line(out, "tags", String.join(", ", d.tags()));
        line(out, "language", d.language());
        for (Problem p : extraction.problems()) {
            line(out, "problem", p.kind() + ": " + p.message());
        }
        out.append('\n').append(d.text()).append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(String.format(java.util.Locale.ROOT, "%-10s %s%n", label + ":", value));
        }
    }
}
