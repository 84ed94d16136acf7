package org.sitrep.pipeline;

import java.util.Objects;

/**
 * Something wrong with one document that did not stop the run: an encoding guess, a truncated page,
 * a body that could not be found. Problems travel on the record ({@code problems} in the output contract).
 *
 * @param kind a short machine-readable word, e.g. {@code encoding}, {@code empty}, {@code binary}
 * @param message one human sentence naming what went wrong
 */
public record Problem(String kind, String message) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("Problem kind must not be blank");
        }
    }
}
