package org.sitrep.events.lexicon;

/**
 * A lexicon or cue file that cannot be read as written; the message starts with {@code file:line:} so the user
 * can go straight to the line.
 */
public final class LexiconException extends RuntimeException {

    private final String source;
    private final int line;

    /**
     * @param source the file name
     * @param line the 1-based line number, or 0 for the file as a whole
     * @param message what is wrong
     */
    public LexiconException(String source, int line, String message) {
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
