package org.sitrep.bench.speed;

import java.time.LocalDate;
import org.sitrep.actors.ActorSet;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.RawDocument;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Analyzer;

/**
 * What {@code sitrep analyze} runs on one page (extract, then {@link Analyzer} with the parts of
 * {@link Analyzer#bundled()}), with the language layer and the actor recogniser wrapped in clocks, so the
 * time of each stage is known. Event coding is the analyser's time less the two wrapped stages.
 */
final class SitrepAnalyzePath {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final StageTimes times;
    private final Analyzer analyzer;

    /** Loads {@link Analyzer#bundled()} (CoreNLP once per process, the bundled dictionaries and lexicon). */
    SitrepAnalyzePath(StageTimes times) {
        this.times = times;
        Analyzer bundled = Analyzer.bundled();
        this.analyzer = new Analyzer(timed(bundled.annotator()), timed(bundled.actors()), bundled.coder());
    }

    /** Analyses one page; returns the number of events coded, so the work cannot be optimised away. */
    int analyze(RawDocument page) {
        long start = System.nanoTime();
        Extraction extraction = extractor.apply(page);
        long extracted = System.nanoTime();
        times.add(StageTimes.Stage.EXTRACT, extracted - start);
        long innerBefore = inner();
        Analysis analysis = analyzer.apply(extraction);
        long analyzerNanos = System.nanoTime() - extracted;
        times.add(StageTimes.Stage.EVENTS, Math.max(0, analyzerNanos - (inner() - innerBefore)));
        return analysis.events().size() + analysis.actors().size();
    }

    private long inner() {
        return times.nanos(StageTimes.Stage.CORENLP) + times.nanos(StageTimes.Stage.ACTORS);
    }

    private Annotator timed(Annotator nlp) {
        return (text, date) -> {
            long start = System.nanoTime();
            AnnotatedText annotated = nlp.annotate(text, date);
            times.add(StageTimes.Stage.CORENLP, System.nanoTime() - start);
            return annotated;
        };
    }

    private Analyzer.ActorStage timed(Analyzer.ActorStage actors) {
        return (AnnotatedText text, LocalDate date) -> {
            long start = System.nanoTime();
            ActorSet found = actors.recognize(text, date);
            times.add(StageTimes.Stage.ACTORS, System.nanoTime() - start);
            return found;
        };
    }
}
