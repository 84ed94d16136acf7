package org.sitrep.bench.entities;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorName;
import org.sitrep.actors.ActorRecognizer;
import org.sitrep.actors.Recognition;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval entities}: named-entity head-match precision, recall and F1 per type, and country linking
 * accuracy, of CoreNLP with sitrep's actor recognizer on the Wikinews articles of GUM.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Score actor recognition on the Wikinews named-entity benchmark (head match, PER/ORG/LOC; "
                + "country linking to ISO-3).")
public final class EvalEntitiesCommand implements Callable<Integer> {

    /** Where the benchmark sits relative to the repository root. */
    static final String DEFAULT = "../shared/eval/entities-wikinews";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The benchmark folder (default: " + DEFAULT + ").")
    Path data;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
            description = "Also list up to N gold mentions that were missed and N predictions that matched nothing.")
    int misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = (data == null ? Path.of(DEFAULT) : data).resolve(WikinewsEntities.FILE);
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("no benchmark at " + file + " (give --data DIR)");
            return 2;
        }
        List<GoldDocument> documents = WikinewsEntities.read(file);
        ActorDictionary dictionary = ActorDictionary.bundled();
        Annotator nlp = CoreNlpAnnotator.of(NlpConfig.defaults());
        ActorRecognizer recognizer = new ActorRecognizer(dictionary);
        CountryIdentities countries = new CountryIdentities(dictionary);
        HeadMatchScorer scorer = new HeadMatchScorer(countries);
        EntityScores scores = new EntityScores();
        EntityScores plain = new EntityScores();
        List<String> report = new ArrayList<>();
        for (GoldDocument document : documents) {
            AnnotatedText annotated = nlp.annotate(document.text(), document.date());
            List<Prediction> predictions = predictions(recognizer.recognizeWithNames(annotated, document.date()));
            scorer.score(document, predictions, scores);
            scorer.score(document, Prediction.ofEntities(annotated.entities()), plain);
            if (misses > 0) {
                report.addAll(Misses.of(document, predictions, countries));
            }
        }
        print(out, "sitrep actors (CoreNLP + ActorRecognizer)", documents.size(), scores);
        print(out, "CoreNLP entities alone (same annotator, labels mapped)", documents.size(), plain);
        report.stream().limit(2L * misses).forEach(out::println);
        return 0;
    }

    static List<Prediction> predictions(Recognition recognition) {
        List<Prediction> out = new ArrayList<>();
        for (ActorName name : recognition.names()) {
            Prediction p = Prediction.of(name, recognition.actors().byId(name.actorId()));
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static void print(PrintWriter out, String title, int documents, EntityScores s) {
        out.printf(Locale.ROOT, "%s: Wikinews named entities (GUM news, %d articles), head match%n%n", title,
                documents);
        out.println("| type | gold | predicted | matched | precision | recall | F1 |");
        out.println("|---|---|---|---|---|---|---|");
        for (EntityType type : EntityType.values()) {
            int[] c = s.counts(type);
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", type, c[0], c[1], c[2],
                    s.precision(type), s.recall(type), s.f1(type));
        }
        out.printf(Locale.ROOT, "| all | %d | | | %.3f | %.3f | %.3f |%n%n", s.gold(null, true), s.precision(),
                s.recall(), s.f1());
        out.printf(Locale.ROOT, "Country linking to ISO-3: %d of %d gold country mentions (%.3f)%n%n", s.linked(),
                s.countries(), s.linkingAccuracy());
    }
}
