package org.sitrep.nlp;

import java.nio.file.Path;
import java.util.Properties;

/** The one place that turns an {@link NlpConfig} into CoreNLP's {@link Properties}. */
final class CoreNlpProperties {

    static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private CoreNlpProperties() {
    }

    /**
     * Properties for the pipeline up to NER; the dependency parser is run separately so that long sentences
     * can be left out of it (see {@link #parser()}).
     *
     * @param gazetteer the regexner mapping written from the actor dictionary, or null for none
     */
    static Properties pipeline(NlpConfig config, Path gazetteer) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A blank line ends a sentence even without a full stop: headings, list items, table rows.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Untokenizable characters (controls, private use) are dropped from tokens; the offsets stay right.
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        if (config.models() == NlpConfig.NerModels.THREE_CLASS) {
            props.setProperty("ner.model", THREE_CLASS_MODEL);
        }
        props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrained()));
        props.setProperty("ner.useSUTime", Boolean.toString(config.sutime()));
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        // The document date comes with each document (DocDateAnnotation), never from the clock.
        props.setProperty("ner.docdate.usePresent", "false");
        if (gazetteer != null) {
            props.setProperty("ner.additional.regexner.mapping", gazetteer.toString());
            // "ISIS - K" has a hyphen token: one noun or adjective in a match is enough.
            props.setProperty("ner.additional.regexner.posmatchtype", "MATCH_AT_LEAST_ONE_TOKEN");
        }
        return props;
    }

    /** The pipeline's properties with only tokenize, ssplit, pos and lemma run. */
    static Properties tagger(NlpConfig config) {
        Properties props = pipeline(config, null);
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        return props;
    }

    /**
     * The pipeline's properties with only NER run, with or without SUTime: sentences with no date word skip
     * SUTime (see {@code DateCues}), the rest of NER being the same.
     */
    static Properties ner(NlpConfig config, Path gazetteer, boolean sutime) {
        Properties props = pipeline(config, gazetteer);
        props.setProperty("annotators", "ner");
        props.setProperty("ner.useSUTime", Boolean.toString(sutime));
        return props;
    }

    /**
     * Properties for the dependency parser: the English UD model and a larger cache of hidden-layer products
     * for the words outside the model's 100,000 precomputed ones (CoreNLP keeps 5,000; 50,000 take about
     * 45 MB and cut the parse's time on unseen news by about a tenth, the output being the same).
     */
    static Properties parser() {
        Properties props = new Properties();
        props.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        props.setProperty("numCached", "50000");
        return props;
    }
}
