package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorRecognizer;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.EventCoder;
import org.sitrep.events.lexicon.EventLexicon;
import org.sitrep.events.lexicon.FactualityCues;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.meta.LanguageGuesser;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.NlpLimits;
import org.sitrep.nlp.ParseSelection;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The analyse stage: from a clean article to the whole record of the output contract. It annotates the text
 * (read against the publication date, so "last week" gets a date), recognises the actors, codes the events
 * and quotes, and carries the problems of every stage onto the record. A text that reads as another
 * language than English gets a {@code not-english} problem and no actors, events or quotes.
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

    private static final LanguageGuesser LANGUAGE = new LanguageGuesser();
    /** The languages {@link LanguageGuesser} knows by their script alone. */
    private static final Set<String> NON_LATIN = Set.of("ru", "ar", "zh", "ja", "ko", "el", "he", "hi", "th");
    private static final int MIN_WORDS_FOR_LATIN_GUESS = 80;

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

    /**
     * The default analyser: CoreNLP with {@link NlpConfig#defaults()}, the bundled dictionaries and lexicon.
     * Only the sentences the event coder reads are parsed ({@link ParseSelection#eventSentences}): those with
     * a trigger of the lexicon, a quotation, or a pronoun's antecedent; the others would yield nothing from a
     * graph, and the parse is about half of the time.
     */
    public static Analyzer bundled() {
        return bundled(List.of());
    }

    /**
     * The default analyser with the user's actor dictionaries on top of the bundled ones (their entries extend
     * or replace bundled entries, and the language layer's gazetteer labels their names too). The files are
     * read before the models load, so a mistake in one is reported at once.
     *
     * @throws DataFileException when a file cannot be read or has a malformed line (named with its number)
     */
    public static Analyzer bundled(List<Path> actorFiles) {
        ActorDictionary dictionary = actorFiles.isEmpty() ? ActorDictionary.bundled() : ActorDictionary.load(actorFiles);
        ActorRecognizer recognizer = new ActorRecognizer(dictionary);
        EventLexicon lexicon = EventLexicon.bundled();
        ParseSelection selection = ParseSelection.eventSentences(s -> !lexicon.find(lemmas(s)).isEmpty());
        NlpConfig config = NlpConfig.defaults().withActorFiles(actorFiles);
        Annotator nlp = CoreNlpAnnotator.of(config, NlpLimits.defaults(), selection);
        return new Analyzer(nlp, recognizer::recognize, new EventCoder(lexicon, FactualityCues.bundled()));
    }

    private static List<String> lemmas(Sentence sentence) {
        return sentence.tokens().stream().map(Token::lemma).toList();
    }

    /** The language layer. */
    public Annotator annotator() {
        return annotator;
    }

    /** The actor recogniser. */
    public ActorStage actors() {
        return actors;
    }

    /** The event coder. */
    public EventCoder coder() {
        return coder;
    }

    @Override
    public Analysis apply(Extraction extraction) {
        Document document = Objects.requireNonNull(extraction, "extraction").document();
        List<Problem> problems = new ArrayList<>(extraction.problems());
        LocalDate date = dateOf(document.published(), problems);
        Optional<String> foreign = foreignLanguage(document.text());
        if (foreign.isPresent()) {
            // English models on another language find names and events that are not there.
            problems.add(new Problem("not-english", "the text reads as language '" + foreign.get()
                    + "'; sitrep's language models are English, so no actors, events or quotes were sought"));
            return new Analysis(document, List.of(), List.of(), List.of(), problems);
        }
        AnnotatedText text = annotator.annotate(document.text(), date);
        problems.addAll(text.problems());
        ActorSet found = actors.recognize(text, date);
        EventCoder.Coded coded = coder.code(text, found, document);
        return new Analysis(document, coded.actors(), coded.events(), coded.quotes(), problems);
    }

    /**
     * The language of a text that is surely not English: a non-Latin script decides by itself; a Latin-script
     * guess counts only on a text of some length, as a short English sentence of names and "in"s can read as
     * Dutch.
     */
    public static Optional<String> foreignLanguage(String text) {
        Optional<String> guess = LANGUAGE.guess(text).filter(language -> !language.equals("en"));
        if (guess.isEmpty() || NON_LATIN.contains(guess.get())) {
            return guess;
        }
        return text.split("\\s+", MIN_WORDS_FOR_LATIN_GUESS + 1).length > MIN_WORDS_FOR_LATIN_GUESS ? guess
                : Optional.empty();
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
