package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.actors.ActorDictionary;

/**
 * The loaded CoreNLP models for one {@link NlpConfig}, built once per process and shared. Building a
 * {@link StanfordCoreNLP} changes JVM-wide state (a thread setting, a system property, a public annotator
 * cache), so this class is the only place that does it, and its map is sitrep's only mutable static.
 */
final class CoreNlpModels {

    private static final Map<NlpConfig, CoreNlpModels> LOADED = new ConcurrentHashMap<>();

    /** Written for the warm-up: the first document through a fresh pipeline is several times slower. */
    private static final String WARM_UP = "The foreign ministers of Kenya and Peru met in Lima last week. "
            + "They said the talks would go on if both sides agreed, and blamed nobody for the delay.";

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP ner;
    private final StanfordCoreNLP nerWithDates;
    private final UdParser parser;
    private final Duration loadTime;

    private CoreNlpModels(StanfordCoreNLP tagger, StanfordCoreNLP ner, StanfordCoreNLP nerWithDates,
                          UdParser parser, Duration loadTime) {
        this.tagger = tagger;
        this.ner = ner;
        this.nerWithDates = nerWithDates;
        this.parser = parser;
        this.loadTime = loadTime;
    }

    /** The models for a config, loading and warming them on first use (this takes 10-20 s). */
    static CoreNlpModels get(NlpConfig config) {
        return LOADED.computeIfAbsent(config, CoreNlpModels::load);
    }

    /**
     * Forgets the models of a config, and CoreNLP's own caches of loaded annotators, so that they can be
     * collected; for measuring one config at a time, never in a running pipeline.
     */
    static void unload(NlpConfig config) {
        LOADED.remove(config);
        StanfordCoreNLP.clearAnnotatorPool();
        StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.clear();
    }

    private static CoreNlpModels load(NlpConfig config) {
        long start = System.nanoTime();
        Path gazetteer = config.actorGazetteer() ? ActorGazetteer.write(ActorDictionary.load(config.actorFiles()))
                : null;
        StanfordCoreNLP tagger = new StanfordCoreNLP(CoreNlpProperties.tagger(config));
        StanfordCoreNLP ner;
        StanfordCoreNLP nerWithDates;
        try {
            // NER alone: the tagger has run, which CoreNLP's requirement check cannot see.
            ner = new StanfordCoreNLP(CoreNlpProperties.ner(config, gazetteer, false), false);
            nerWithDates = config.sutime() ? new StanfordCoreNLP(CoreNlpProperties.ner(config, gazetteer, true), false)
                    : null;
        } finally {
            delete(gazetteer);
        }
        UdParser parser = config.dependencies() ? new UdParser(CoreNlpProperties.parser()) : null;
        CoreNlpModels models = new CoreNlpModels(tagger, ner, nerWithDates, parser,
                Duration.ofNanos(System.nanoTime() - start));
        Annotation warmUp = new Annotation(WARM_UP);
        warmUp.set(CoreAnnotations.DocDateAnnotation.class, "2024-01-01");
        tagger.annotate(warmUp);
        ner.annotate(warmUp);
        if (nerWithDates != null) {
            nerWithDates.annotate(warmUp);
        }
        if (parser != null) {
            warmUp.get(CoreAnnotations.SentencesAnnotation.class).forEach(parser::parse);
        }
        return models;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the temporary gazetteer " + file, e);
            }
        }
    }

    /** Tokenize, split, tag, lemmatise. */
    StanfordCoreNLP tagger() {
        return tagger;
    }

    /** NER without dates, for sentences with no date word; NER itself when the config has no dates. */
    StanfordCoreNLP ner() {
        return ner;
    }

    /** NER with SUTime, or null when the config has no dates. */
    StanfordCoreNLP nerWithDates() {
        return nerWithDates;
    }

    /** The dependency parser, or null when the config has none. */
    UdParser parser() {
        return parser;
    }

    /** How long loading took, warm-up excluded. */
    Duration loadTime() {
        return loadTime;
    }
}
