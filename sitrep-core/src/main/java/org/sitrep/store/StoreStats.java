package org.sitrep.store;

import java.util.List;

/**
 * What a store holds: totals, events by month, type and actor pair (near-duplicates not counted), and the
 * ingest failures by kind with the latest ones.
 *
 * @param documents stored documents, near-duplicates included
 * @param nearDuplicates documents stored as near-duplicates of another
 * @param events stored event rows, near-duplicates included
 * @param byMonth events by month ({@code 2024-10}), in order
 * @param byType events by PLOVER type, most frequent first
 * @param byPair events by actor pair ({@code PAK -> AFG}), most frequent first
 * @param failuresByKind ingest failures by problem kind
 * @param latestFailures the latest failures, newest first
 */
public record StoreStats(long documents, long nearDuplicates, long events, List<Count> byMonth,
                         List<Count> byType, List<Count> byPair, List<Count> failuresByKind,
                         List<LogEntry> latestFailures) {

    public StoreStats {
        byMonth = List.copyOf(byMonth);
        byType = List.copyOf(byType);
        byPair = List.copyOf(byPair);
        failuresByKind = List.copyOf(failuresByKind);
        latestFailures = List.copyOf(latestFailures);
    }
}
