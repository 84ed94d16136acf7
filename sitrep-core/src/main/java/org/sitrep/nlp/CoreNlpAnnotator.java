package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link Annotator} built on Stanford CoreNLP. The models are loaded once per process for each
 * {@link NlpConfig} and shared by every annotator with that config; the annotator itself is light.
 *
 * <pre>{@code
 * Annotator nlp = CoreNlpAnnotator.of(NlpConfig.defaults());          // loads the models: 10-20 s
 * AnnotatedText doc = nlp.annotate(text, LocalDate.parse("2024-10-03"));
 * for (Sentence s : doc.sentences()) { ... s.children(verb, "nsubj") ... }
 * }</pre>
 *
 * <p>The text is annotated in chunks of whole paragraphs ({@link NlpLimits}), one after the other, so a very
 * long document never sits in CoreNLP at once; sentences over the parse limit keep their tokens and entities
 * but get no graph. Each such shortcut, and any chunk CoreNLP failed on, is reported as a problem instead
 * of thrown. Safe to use from several threads.
 */
public final class CoreNlpAnnotator implements Annotator {

    private final NlpConfig config;
    private final NlpLimits limits;
    private final CoreNlpModels models;

    private CoreNlpAnnotator(NlpConfig config, NlpLimits limits) {
        this.config = config;
        this.limits = limits;
        this.models = CoreNlpModels.get(config);
    }

    /** An annotator with the default limits; loads the config's models on first use in this process. */
    public static CoreNlpAnnotator of(NlpConfig config) {
        return of(config, NlpLimits.defaults());
    }

    /** An annotator with its own limits; loads the config's models on first use in this process. */
    public static CoreNlpAnnotator of(NlpConfig config, NlpLimits limits) {
        return new CoreNlpAnnotator(Objects.requireNonNull(config, "config"), Objects.requireNonNull(limits, "limits"));
    }

    /** The models this annotator runs. */
    public NlpConfig config() {
        return config;
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text");
        NlpProblems problems = new NlpProblems();
        int limit = Math.min(text.length(), limits.maxChars());
        if (limit < text.length()) {
            problems.add("nlp-truncated", "only the first " + limit + " of " + text.length()
                    + " characters were annotated");
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (TextChunker.Chunk chunk : TextChunker.chunks(text, limit, limits.chunkChars())) {
            if (chunk.cut().breaksSentence()) {
                problems.add("nlp-cut", "a paragraph longer than " + limits.chunkChars()
                        + " characters was cut at " + chunk.end() + ", possibly inside a sentence");
            }
            try {
                annotateChunk(text, chunk, documentDate, sentences, entities, problems);
            } catch (RuntimeException e) {
                // CoreNLP failing on odd input must not stop the batch: the chunk is reported and skipped.
                problems.add("nlp-failed", "CoreNLP failed on characters " + chunk.start() + "-" + chunk.end()
                        + ": " + e);
            }
        }
        return new AnnotatedText(text, documentDate, sentences, entities, problems.list());
    }

    private void annotateChunk(String text, TextChunker.Chunk chunk, LocalDate date, List<Sentence> sentences,
                               List<Entity> entities, NlpProblems problems) {
        Annotation annotation = new Annotation(text.substring(chunk.start(), chunk.end()));
        if (date != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        models.pipeline().annotate(annotation);
        List<CoreMap> found = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (found == null) {
            return;
        }
        parse(found, chunk.start(), problems);
        CoreNlpConverter converter = new CoreNlpConverter(text, chunk.start());
        List<Sentence> converted = new ArrayList<>();
        List<Entity> mentions = new ArrayList<>();
        for (CoreMap coreSentence : found) {
            Sentence sentence = converter.sentence(coreSentence, sentences.size() + converted.size());
            if (sentence != null) {
                converted.add(sentence);
                mentions.addAll(converter.entities(coreSentence, sentence));
            }
        }
        // Added only once the whole chunk converted, so a failure never leaves an entity without its sentence.
        sentences.addAll(converted);
        entities.addAll(mentions);
    }

    /** Parses the sentences short enough to parse, in place; reports the others. */
    private void parse(List<CoreMap> found, int offset, NlpProblems problems) {
        if (models.parser() == null) {
            return;
        }
        List<CoreMap> parseable = new ArrayList<>(found.size());
        for (CoreMap sentence : found) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= limits.maxParseTokens()) {
                parseable.add(sentence);
            } else {
                problems.add("nlp-long-sentence", "a sentence of " + tokens.size() + " tokens at character "
                        + (tokens.get(0).beginPosition() + offset) + " was not parsed (limit "
                        + limits.maxParseTokens() + ")");
            }
        }
        if (parseable.isEmpty()) {
            return;
        }
        Annotation subset = new Annotation("");
        subset.set(CoreAnnotations.SentencesAnnotation.class, parseable);
        try {
            models.parser().annotate(subset);
        } catch (RuntimeException e) {
            // Tokens and entities are still good; the sentences not yet parsed simply have no graph.
            problems.add("nlp-failed", "the dependency parser failed on the sentences from character "
                    + (parseable.get(0).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + offset) + ": " + e);
        }
    }
}
