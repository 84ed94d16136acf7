package org.sitrep.bench.events;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.actors.Actor;
import org.sitrep.events.Event;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval events}: runs each sentence of the PLOVER gold standard through the analyser as its own
 * document (published 2000-01-01, the time of the sentences, so actors get that day's codes) and scores the
 * events ({@link EventScore}).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score event coding on the PLOVER gold-standard sentences.")
public final class EvalEventsCommand implements Callable<Integer> {

    /** Where the gold set sits relative to the repository root. */
    static final String DEFAULT = "../shared/eval/plover-gold/plover_gsr.jsonl";
    static final String PUBLISHED = "2000-01-01";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "The gold file (default: " + DEFAULT + ").")
    Path data = Path.of(DEFAULT);

    @Option(names = "--mistakes", defaultValue = "0", paramLabel = "N", description = "List the first N mistaken sentences.")
    int mistakes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(data)) {
            spec.commandLine().getErr().println("error: no gold file at " + data + " (give one with --data)");
            return 2;
        }
        List<GoldEvent> gold = GoldEvent.read(data);
        Analyzer analyzer = Analyzer.bundled();
        EventScore score = new EventScore();
        long started = System.nanoTime();
        for (GoldEvent g : gold) {
            Document d = new Document(g.id(), g.id(), "jsonl", null, List.of(), PUBLISHED, null, List.of(), "en", g.text());
            score.add(g, predictions(analyzer.apply(new Extraction(d, List.of()))));
        }
        out.printf(Locale.ROOT, "PLOVER gold standard, %s (%.0f s)%n", data, (System.nanoTime() - started) / 1e9);
        out.print(score.report(mistakes));
        out.flush();
        return 0;
    }

    static List<PredictedEvent> predictions(Analysis analysis) {
        List<PredictedEvent> out = new ArrayList<>();
        for (Event e : analysis.events()) {
            boolean reciprocal = e.recipients().isEmpty() && e.actors().size() > 1;
            out.add(new PredictedEvent(PloverType.valueOf(e.type()), countries(e.actors(), analysis),
                    countries(e.recipients(), analysis), reciprocal, e.confidence()));
        }
        return out;
    }

    private static List<String> countries(List<String> ids, Analysis analysis) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Actor a = analysis.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            String c = country(a);
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * IGO for international bodies, else the actor's country; a coded actor of no state takes CAMEO's code for
     * its kind of transnational actor, as the gold does (IMG for an armed group such as al-Qaeda, NGO for a
     * non-governmental organisation); else its code's first three letters.
     */
    static String country(Actor a) {
        if ("igo".equals(a.kind()) || "IGO".equals(a.sector()) && a.country() == null) {
            return "IGO";
        }
        if (a.country() != null) {
            return GoldEvent.country(a.country());
        }
        if (a.code() == null) {
            return PredictedEvent.UNCODED;
        }
        return switch (a.kind()) {
            case "armed_group" -> "IMG";
            case "organisation" -> "NGO";
            default -> GoldEvent.country(a.code());
        };
    }
}
