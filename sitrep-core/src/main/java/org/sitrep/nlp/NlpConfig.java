package org.sitrep.nlp;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which CoreNLP models the language layer runs. Immutable; the key under which the loaded models are kept,
 * so two annotators with equal configs share one set of models. Tokenizing, sentence splitting, part of
 * speech and lemmas always run.
 *
 * <pre>{@code
 * Annotator nlp = CoreNlpAnnotator.of(NlpConfig.defaults());
 * }</pre>
 *
 * @param models which statistical NER models tag PERSON, ORGANIZATION, LOCATION (and MISC)
 * @param fineGrained whether CoreNLP's fine-grained NER runs (its own gazetteers and rules give COUNTRY,
 *     NATIONALITY, CITY, TITLE, ...); accurate but the slowest part, see {@code docs/nlp.md}
 * @param sutime whether dates and times are recognised and normalised ("last week" gives {@code 2024-W39})
 * @param actorGazetteer whether sitrep's actor dictionary labels its names (countries, nationalities,
 *     capitals, groups such as ISIS-K and TTP, people, role words) on top of the statistical models
 * @param actorFiles user actor dictionaries extending the bundled one (see {@code ActorDictionary}), possibly
 *     none; used only with {@code actorGazetteer}
 * @param dependencies whether sentences get an enhanced++ dependency graph
 */
public record NlpConfig(NerModels models, boolean fineGrained, boolean sutime, boolean actorGazetteer,
                        List<Path> actorFiles, boolean dependencies) {

    /** The statistical NER models to run. */
    public enum NerModels {
        /** One CRF, trained on CoNLL, MUC, ACE and more: PERSON, ORGANIZATION, LOCATION. */
        THREE_CLASS,
        /** CoreNLP's default: the 3-class, 7-class (MUC) and 4-class (CoNLL) CRFs combined. */
        ALL
    }

    public NlpConfig {
        Objects.requireNonNull(models, "models");
        actorFiles = List.copyOf(actorFiles);
        if (!actorGazetteer && !actorFiles.isEmpty()) {
            throw new IllegalArgumentException("actor files " + actorFiles + " given with the gazetteer off");
        }
    }

    /**
     * What sitrep runs unless told otherwise, chosen by accuracy per second (figures in {@code docs/nlp.md}):
     * the 3-class model with dates, sitrep's actor gazetteer instead of fine-grained NER, and dependencies.
     */
    public static NlpConfig defaults() {
        return new NlpConfig(NerModels.THREE_CLASS, false, true, true, List.of(), true);
    }

    /** CoreNLP's own default English NER (three CRFs, fine-grained, dates), without the gazetteer. */
    public static NlpConfig coreNlpDefaultNer(boolean dependencies) {
        return new NlpConfig(NerModels.ALL, true, true, false, List.of(), dependencies);
    }

    /** The same models with the user's actor dictionaries added to the gazetteer. */
    public NlpConfig withActorFiles(List<Path> files) {
        return new NlpConfig(models, fineGrained, sutime, actorGazetteer, files, dependencies);
    }

    /** The same models with or without the dependency parse. */
    public NlpConfig withDependencies(boolean on) {
        return new NlpConfig(models, fineGrained, sutime, actorGazetteer, actorFiles, on);
    }
}
