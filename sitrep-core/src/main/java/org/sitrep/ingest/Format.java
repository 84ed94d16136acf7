package org.sitrep.ingest;

import java.util.Locale;

/** The input formats sitrep reads; {@link #id()} is the word used in the output contract. */
public enum Format {
    HTML, MARKDOWN, TEXT, WARC, RSS, JSONL;

    /** The lower-case name written in {@code document.format}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
