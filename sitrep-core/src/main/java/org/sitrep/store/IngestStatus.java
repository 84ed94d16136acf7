package org.sitrep.store;

import java.util.Locale;

/** What became of one input in an ingest, as the ingest log writes it. */
public enum IngestStatus {
    /** Analysed and stored (possibly as a near-duplicate of a stored document). */
    OK,
    /** Refused or lost to an error; the log says why. */
    FAILED,
    /** Already in the store (same content hash): nothing added. */
    DUPLICATE;

    /** The word written in the log. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
