package org.sitrep.pipeline;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams sources through a stage one at a time, on the calling thread. A document that fails is reported
 * to the error consumer and the run goes on: a {@link DocumentException} as it is, any other runtime
 * exception (a bug met on odd input) or a stack overflow (absurdly nested input) as a problem of kind
 * {@code internal} naming the source, and running out of heap on one document as {@code out-of-memory}.
 *
 * <pre>{@code
 * Stage<String, RawDocument> read = files::read;
 * RunReport report = new LocalRunner<>(read.then(extractor)).run(paths, printer, errors);
 * }</pre>
 *
 * @param <S> what identifies a source (a path, a URL)
 * @param <O> what the stage produces
 */
public final class LocalRunner<S, O> {

    private final Stage<S, O> stage;

    public LocalRunner(Stage<S, O> stage) {
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /**
     * Runs every source through the stage and hands each result to {@code sink}. The sink may itself throw
     * a {@link DocumentException} (say, when it cannot write), which counts as a failure of that document.
     */
    public RunReport run(Iterable<? extends S> sources, Consumer<? super O> sink,
                         Consumer<? super DocumentException> errors) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(errors, "errors");
        int succeeded = 0;
        int failed = 0;
        for (S source : sources) {
            try {
                sink.accept(stage.apply(source));
                succeeded++;
            } catch (DocumentException e) {
                errors.accept(e);
                failed++;
            } catch (RuntimeException | StackOverflowError e) {
                errors.accept(new DocumentException(String.valueOf(source), new Problem("internal",
                        "unexpected " + e.getClass().getSimpleName() + " (please report it): " + e.getMessage())));
                failed++;
            } catch (OutOfMemoryError e) {
                // Everything the stage built for this one document is unreachable once it has unwound, so the
                // heap is free again and the run can go on; only a document too big for the heap is lost.
                errors.accept(new DocumentException(String.valueOf(source), new Problem("out-of-memory",
                        "the document needs more memory than the Java heap has; lower the size limit or give Java more heap (-Xmx)")));
                failed++;
            }
        }
        return new RunReport(succeeded, failed);
    }
}
