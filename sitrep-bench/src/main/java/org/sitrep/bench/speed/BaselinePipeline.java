package org.sitrep.bench.speed;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * The plain CoreNLP pipeline of the kind the peers run, as the Phoenix pipeline ran it for PETRARCH:
 * tokenize, ssplit, pos, lemma, ner, parse with the shift-reduce constituency model; CoreNLP's defaults
 * otherwise (three NER CRFs, fine-grained NER, SUTime, the parse converted to dependencies, no sentence
 * length limit). It only annotates: coding events from the trees is not counted, which favours the baseline.
 */
final class BaselinePipeline {

    /** The shift-reduce model, from the {@code models-english} jar (not in the {@code models} jar). */
    static final String SR_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

    private final StanfordCoreNLP pipeline;

    /** Loads the models (tens of seconds). */
    BaselinePipeline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /** The baseline's properties: the annotators and the parse model, nothing else set. */
    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
        props.setProperty("parse.model", SR_MODEL);
        return props;
    }

    /** CoreNLP's own account of the time spent in each annotator so far, one line each. */
    String annotatorTimes() {
        return pipeline.timingInformation();
    }

    /** Annotates one text; returns its number of sentences, so the work cannot be optimised away. */
    int annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<?> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? 0 : sentences.size();
    }
}
