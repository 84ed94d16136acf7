package org.sitrep.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorRecognizer;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.EventCoder;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;

/**
 * The analyse stage: from a clean article to the whole record of the output contract. It annotates the text
 * (read against the publication date, so "last week" gets a date), recognises the actors, codes the events
 * and quotes, and carries the problems of every stage onto the record.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.bundled();   // CoreNLP loads here, once per process
 * Analysis record = new ArticleExtractor().then(analyzer).apply(raw);
 * }</pre>
 *
 * Safe to share between threads when its parts are (the bundled ones are).
 */
public final class Analyzer implements Stage<Extraction, Analysis> {

    /** Finds the actors of an annotated text, coded for the article's date (null: the latest codes). */
    @FunctionalInterface
    public interface ActorStage {
        ActorSet recognize(AnnotatedText text, LocalDate date);
    }

    private final Annotator annotator;
    private final ActorStage actors;
    private final EventCoder coder;

    /**
     * @param annotator the language layer, loaded once per process
     * @param actors the actor recogniser
     * @param coder the event coder
     */
    public Analyzer(Annotator annotator, ActorStage actors, EventCoder coder) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    /** The default analyser: CoreNLP with {@link NlpConfig#defaults()}, the bundled dictionaries and lexicon. */
    public static Analyzer bundled() {
        ActorRecognizer recognizer = new ActorRecognizer(ActorDictionary.bundled());
        return new Analyzer(CoreNlpAnnotator.of(NlpConfig.defaults()), recognizer::recognize, EventCoder.bundled());
    }

    @Override
    public Analysis apply(Extraction extraction) {
        Document document = Objects.requireNonNull(extraction, "extraction").document();
        List<Problem> problems = new ArrayList<>(extraction.problems());
        LocalDate date = dateOf(document.published(), problems);
        AnnotatedText text = annotator.annotate(document.text(), date);
        problems.addAll(text.problems());
        ActorSet found = actors.recognize(text, date);
        EventCoder.Coded coded = coder.code(text, found, document);
        return new Analysis(document, coded.actors(), coded.events(), coded.quotes(), problems);
    }

    /** The publication day of an ISO date or date-time; null, with a problem, for anything else. */
    static LocalDate dateOf(String published, List<Problem> problems) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String day = published.length() >= 10 ? published.substring(0, 10) : published;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("date", "publication date '" + published + "' is not an ISO date; "
                    + "relative dates are left unresolved"));
            return null;
        }
    }
}
