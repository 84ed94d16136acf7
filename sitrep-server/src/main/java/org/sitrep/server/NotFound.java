package org.sitrep.server;

/** A record the request names does not exist: a 404 whose body is {@code {"error": message}}. */
public final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was not found, naming it */
    public NotFound(String message) {
        super(message, null, false, false);
    }
}
