package org.sitrep.pipeline;

/**
 * How a run went: how many documents came through and how many failed (each failure was reported on
 * its own as it happened).
 *
 * @param succeeded documents processed to the end
 * @param failed documents refused or lost to an error
 */
public record RunReport(int succeeded, int failed) {

    public RunReport {
        if (succeeded < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative, got " + succeeded + " and " + failed);
        }
    }

    /** True when no document failed. */
    public boolean allSucceeded() {
        return failed == 0;
    }
}
