package org.sitrep.spark;

import org.sitrep.pipeline.Analyzer;

/**
 * The language models of this JVM (a Spark executor, or the driver in local mode), built on first use and
 * shared by every task the JVM runs. Loading CoreNLP takes about 15 s and 2-3 GB of heap, so it must never
 * happen per record or per task, and the models are never serialised: tasks reach them through this holder.
 */
final class ExecutorModels {

    private ExecutorModels() {
    }

    /** The bundled analyser, loaded by the first task that asks (the JVM's class loading makes it once only). */
    static Analyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** Initialised by the JVM on first access to {@link #ANALYZER}, under the class-initialisation lock. */
    private static final class Holder {
        static final Analyzer ANALYZER = Analyzer.bundled();
    }
}
