package org.sitrep.pipeline;

/**
 * A data file (an actor dictionary, an event lexicon, a user's extension of either) that cannot be read as
 * written; the message starts with {@code file:line:} so the user can go straight to the line.
 */
public final class DataFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * @param source the file name
     * @param line the 1-based line number, or 0 when the problem is with the file as a whole
     * @param message what is wrong with the line
     */
    public DataFileException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** The file name as given to the loader. */
    public String source() {
        return source;
    }

    /** The 1-based line number, or 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
