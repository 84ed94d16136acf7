package org.sitrep.bench.speed;

import java.util.Objects;

/**
 * How sitrep's extract path handled one very large page.
 *
 * @param outcome processed, refused (a clear message, by design) or failed (out of memory or a crash)
 * @param pageBytes the page's size
 * @param seconds wall time from reading the file to the extraction
 * @param peakHeapBytes the largest heap in use meanwhile (see {@link HeapMeter#peakBytes()})
 * @param bodyCharacters the length of the body found, when processed
 * @param message the refusal or failure message, or an empty string
 */
public record LargePageResult(Outcome outcome, long pageBytes, double seconds, long peakHeapBytes,
                              long bodyCharacters, String message) {

    /** What became of the page. */
    public enum Outcome { PROCESSED, REFUSED, FAILED }

    public LargePageResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }
}
