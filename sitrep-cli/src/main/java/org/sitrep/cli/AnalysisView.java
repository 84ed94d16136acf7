package org.sitrep.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.Actor;
import org.sitrep.events.Event;
import org.sitrep.events.Quote;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Problem;

/**
 * Renders an analysis as a report an analyst reads: the title and date, the actors, then one line per event,
 * {@code 2024-09 CHN,IRN,PAK,RUS -ACCUSE/disapprove-> AFG(Taliban) [asserted] "...sentence..."}, then the
 * quotes with their speakers and the problems.
 */
final class AnalysisView {

    private static final int SENTENCE = 160;

    private AnalysisView() {
    }

    static String render(Analysis analysis) {
        Document d = analysis.document();
        Map<String, String> labels = new HashMap<>();
        for (Actor a : analysis.actors()) {
            String code = a.code() == null ? "?" : a.code();
            labels.put(a.id(), code.equals(a.name()) || a.name().equalsIgnoreCase(code) ? code : code + "(" + a.name() + ")");
        }
        StringBuilder out = new StringBuilder();
        out.append("== ").append(d.title() == null ? "(no title)" : d.title()).append('\n');
        out.append("   ").append(d.source()).append(d.published() == null ? "" : ", " + d.published()).append('\n');
        out.append("actors: ").append(String.join(", ", analysis.actors().stream()
                .map(a -> labels.get(a.id()) + (a.sector() == null ? "" : " " + a.sector())).toList())).append('\n');
        for (Event e : analysis.events()) {
            out.append(line(e, labels, d.text())).append('\n');
        }
        for (Quote q : analysis.quotes()) {
            String speaker = names(q.speakers(), labels);
            out.append("quote ").append(speaker).append(q.cue() == null ? "" : " (" + q.cue() + ")")
                    .append(": \"").append(shorten(q.text())).append("\"\n");
        }
        for (Problem p : analysis.problems()) {
            out.append("problem ").append(p.kind()).append(": ").append(p.message()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String line(Event e, Map<String, String> labels, String text) {
        String date = e.date() == null ? "-" : e.date().length() >= 7 && e.date().charAt(4) == '-'
                && Character.isDigit(e.date().charAt(5)) ? e.date().substring(0, 7) : e.date();
        String kind = e.type() + (e.mode() == null ? "" : "/" + e.mode());
        String arrow = e.recipients().isEmpty() ? " " + kind + " " : " -" + kind + "-> ";
        String source = e.attribution() == null ? "" : " (" + e.attribution().cue()
                + (e.attribution().actors().isEmpty() ? "" : " " + names(e.attribution().actors(), labels)) + ")";
        String sentence = text.substring(e.sentence().start(), e.sentence().end());
        return date + " " + names(e.actors(), labels) + arrow + names(e.recipients(), labels).trim()
                + " [" + e.factuality() + "]" + source + " \"" + shorten(sentence) + "\"";
    }

    private static String names(List<String> ids, Map<String, String> labels) {
        return ids.isEmpty() ? "?" : String.join(",", ids.stream().map(labels::get).toList());
    }

    private static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= SENTENCE ? flat : flat.substring(0, SENTENCE - 1) + "\u2026";
    }
}
