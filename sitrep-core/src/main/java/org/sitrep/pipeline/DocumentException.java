package org.sitrep.pipeline;

import java.util.Objects;

/**
 * Thrown when one document cannot be processed at all (empty, binary, too large, unreadable).
 * The runner catches it, reports the document and the problem, and goes on with the batch.
 */
public final class DocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final Problem problem;

    public DocumentException(String source, Problem problem) {
        super(Objects.requireNonNull(source, "source") + ": " + Objects.requireNonNull(problem, "problem").message());
        this.source = source;
        this.problem = problem;
    }

    /** The path, URL or record id of the document that failed. */
    public String source() {
        return source;
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }
}
