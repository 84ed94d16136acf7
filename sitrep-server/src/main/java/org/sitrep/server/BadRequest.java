package org.sitrep.server;

/**
 * A request the API refuses, with a message for the person who sent it. It becomes a 400 response whose body
 * is {@code {"error": message}}.
 */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the parameter and the bad value */
    public BadRequest(String message) {
        super(message, null, false, false);
    }
}
