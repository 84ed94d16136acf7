package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the ingest log.
 *
 * @param time when it was written
 * @param source the input (path, URL, record id)
 * @param docId the content hash, or null when the input could not be read
 * @param status ok, failed or duplicate
 * @param problemKind for failures, the problem's kind ({@code binary}, {@code bad-json}, ...), else null
 * @param message for failures, what went wrong, else null
 */
public record LogEntry(Instant time, String source, String docId, IngestStatus status, String problemKind,
                       String message) {

    public LogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
