package org.sitrep.actors;

import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;

/** The CoreNLP annotator and the recognizer, built once for every actor test in the JVM. */
final class Nlp {

    private static final class Holder {
        static final Annotator ANNOTATOR = CoreNlpAnnotator.of(NlpConfig.defaults());
        static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorDictionary.bundled());
    }

    private Nlp() {
    }

    static Annotator annotator() {
        return Holder.ANNOTATOR;
    }

    static ActorRecognizer recognizer() {
        return Holder.RECOGNIZER;
    }
}
