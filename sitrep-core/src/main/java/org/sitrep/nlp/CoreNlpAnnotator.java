package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
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
 * long document never sits in CoreNLP at once. Each step runs only where it is needed: SUTime on sentences
 * with a date word ({@link DateCues}), the dependency parse on the sentences a {@link ParseSelection} picks
 * (every one by default); sentences over the parse limit keep their tokens and entities but get no graph. Each such shortcut, and any chunk CoreNLP failed on, is reported as a problem instead
 * of thrown. Safe to use from several threads.
 */
public final class CoreNlpAnnotator implements Annotator {

    private final NlpConfig config;
    private final NlpLimits limits;
    private final CoreNlpModels models;
    private final ParseSelection selection;

    private CoreNlpAnnotator(NlpConfig config, NlpLimits limits, ParseSelection selection) {
        this.config = config;
        this.limits = limits;
        this.selection = selection;
        this.models = CoreNlpModels.get(config);
    }

    /** An annotator with the default limits; loads the config's models on first use in this process. */
    public static CoreNlpAnnotator of(NlpConfig config) {
        return of(config, NlpLimits.defaults());
    }

    /** An annotator with its own limits that parses every sentence; loads the models on first use. */
    public static CoreNlpAnnotator of(NlpConfig config, NlpLimits limits) {
        return of(config, limits, ParseSelection.all());
    }

    /**
     * An annotator that parses only the sentences {@code selection} picks (the others get an unparsed graph);
     * loads the config's models on first use in this process.
     */
    public static CoreNlpAnnotator of(NlpConfig config, NlpLimits limits, ParseSelection selection) {
        return new CoreNlpAnnotator(Objects.requireNonNull(config, "config"), Objects.requireNonNull(limits, "limits"),
                Objects.requireNonNull(selection, "selection"));
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
        models.tagger().annotate(annotation);
        List<CoreMap> found = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (found == null) {
            return;
        }
        recognise(annotation, found, date);
        CoreNlpConverter converter = new CoreNlpConverter(text, chunk.start());
        List<CoreMap> kept = new ArrayList<>(found.size());
        List<Sentence> converted = new ArrayList<>(found.size());
        for (CoreMap coreSentence : found) {
            Sentence sentence = converter.sentence(coreSentence, sentences.size() + converted.size());
            if (sentence != null) {
                kept.add(coreSentence);
                converted.add(sentence);
            }
        }
        BitSet parsed = parse(kept, converted, chunk.start(), problems);
        List<Entity> mentions = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (parsed.get(i)) {
                converted.set(i, converter.sentence(kept.get(i), converted.get(i).index()));
            }
            mentions.addAll(converter.entities(kept.get(i), converted.get(i)));
        }
        // Added only once the whole chunk converted, so a failure never leaves an entity without its sentence.
        sentences.addAll(converted);
        entities.addAll(mentions);
    }

    /** Runs NER over the sentences, in place: with SUTime only those that hold a date word and may be parsed. */
    private void recognise(Annotation chunk, List<CoreMap> found, LocalDate date) {
        if (models.nerWithDates() == null) {
            models.ner().annotate(subset(chunk, found, date));
            return;
        }
        List<CoreMap> withDates = new ArrayList<>();
        List<CoreMap> plain = new ArrayList<>();
        for (CoreMap sentence : found) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            // A run-on "sentence" over the parse limit (a table, a list) yields no events, so no event date;
            // SUTime's cost on long runs of numbers is what it would add.
            boolean dated = tokens.size() <= limits.maxParseTokens()
                    && DateCues.any(tokens.stream().map(CoreLabel::word).toList());
            (dated ? withDates : plain).add(sentence);
        }
        if (!withDates.isEmpty()) {
            models.nerWithDates().annotate(subset(chunk, withDates, date));
        }
        if (!plain.isEmpty()) {
            models.ner().annotate(subset(chunk, plain, date));
        }
    }

    /**
     * An annotation holding some sentences of a chunk (annotated in place), the chunk's text (entity mentions
     * are cut from it by offset), their tokens and the document date.
     */
    private static Annotation subset(Annotation chunk, List<CoreMap> sentences, LocalDate date) {
        Annotation subset = new Annotation(chunk.get(CoreAnnotations.TextAnnotation.class));
        subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
        if (date != null) {
            subset.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        return subset;
    }

    /**
     * Parses, in place, the sentences the selection wants that are short enough to parse; reports the long
     * ones it wanted. Returns which sentences got a graph.
     */
    private BitSet parse(List<CoreMap> found, List<Sentence> sentences, int offset, NlpProblems problems) {
        BitSet parsed = new BitSet(found.size());
        if (models.parser() == null) {
            return parsed;
        }
        BitSet wanted = selection.select(Collections.unmodifiableList(sentences));
        List<CoreMap> parseable = new ArrayList<>(wanted.cardinality());
        for (int i = wanted.nextSetBit(0); i >= 0 && i < found.size(); i = wanted.nextSetBit(i + 1)) {
            List<CoreLabel> tokens = found.get(i).get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= limits.maxParseTokens()) {
                parseable.add(found.get(i));
                parsed.set(i);
            } else {
                problems.add("nlp-long-sentence", "a sentence of " + tokens.size() + " tokens at character "
                        + (tokens.get(0).beginPosition() + offset) + " was not parsed (limit "
                        + limits.maxParseTokens() + ")");
            }
        }
        for (CoreMap sentence : parseable) {
            try {
                models.parser().parse(sentence);
            } catch (RuntimeException e) {
                // Tokens and entities are still good; this sentence simply has no graph.
                problems.add("nlp-failed", "the dependency parser failed on the sentence at character "
                        + (sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + offset) + ": " + e);
            }
        }
        return parsed;
    }
}
