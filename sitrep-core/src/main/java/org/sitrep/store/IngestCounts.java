package org.sitrep.store;

/**
 * What an ingest run did so far.
 *
 * @param stored documents analysed and stored
 * @param nearDuplicates of those, stored as near-duplicates of another document
 * @param duplicates inputs already stored (nothing added)
 * @param failed inputs refused or lost to an error (each in the ingest log)
 * @param events events found in the stored documents
 */
public record IngestCounts(long stored, long nearDuplicates, long duplicates, long failed, long events) {

    /** Nothing yet. */
    public static final IngestCounts NONE = new IngestCounts(0, 0, 0, 0, 0);

    public IngestCounts {
        if (stored < 0 || nearDuplicates < 0 || duplicates < 0 || failed < 0 || events < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Every input seen. */
    public long inputs() {
        return stored + duplicates + failed;
    }

    IngestCounts plusStored(boolean nearDuplicate, int newEvents) {
        return new IngestCounts(stored + 1, nearDuplicates + (nearDuplicate ? 1 : 0), duplicates, failed,
                events + newEvents);
    }

    IngestCounts plusDuplicate() {
        return new IngestCounts(stored, nearDuplicates, duplicates + 1, failed, events);
    }

    IngestCounts plusFailed() {
        return new IngestCounts(stored, nearDuplicates, duplicates, failed + 1, events);
    }
}
