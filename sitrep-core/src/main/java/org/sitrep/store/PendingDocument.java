package org.sitrep.store;

import java.util.Objects;
import org.sitrep.export.TableRows;

/**
 * A document waiting in the writer's batch: its rows, its record, and how it compares with the stored ones.
 *
 * @param rows the rows of the five shared tables
 * @param recordJson the whole record, one line of JSON
 * @param simhash the text's SimHash, or null when the text is too short to have one
 * @param duplicateOf the stored document it nearly repeats, or null
 * @param distance the Hamming distance to that document, or null
 */
record PendingDocument(TableRows rows, String recordJson, Long simhash, String duplicateOf, Integer distance) {

    PendingDocument {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(recordJson, "recordJson");
    }

    String docId() {
        return rows.document().docId();
    }
}
