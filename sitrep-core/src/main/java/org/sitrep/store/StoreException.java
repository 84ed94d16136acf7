package org.sitrep.store;

/**
 * The store cannot be opened, read or written: missing, locked by another writer, unwritable, or damaged.
 * The message names the store directory and says what to do.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
