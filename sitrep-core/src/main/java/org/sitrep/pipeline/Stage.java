package org.sitrep.pipeline;

import java.util.Objects;

/**
 * One step of the pipeline: takes one input and returns one output, with no side effects on the input.
 * Stages are chained with {@link #then(Stage)}, so the compiler checks the wiring.
 *
 * @param <I> what the stage reads
 * @param <O> what the stage produces
 */
@FunctionalInterface
public interface Stage<I, O> {

    /** Runs this stage on one input. Implementations reject {@code null} with a {@link NullPointerException}. */
    O apply(I input);

    /** Returns a stage that runs this one, then {@code next} on its output. */
    default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
        Objects.requireNonNull(next, "next stage");
        return input -> next.apply(apply(input));
    }
}
