package org.sitrep.store;

import java.util.Objects;

/**
 * One stored document: its place in the corpus and its whole record (the output contract) exactly as it was
 * stored, so that an article page shows the same record that {@code sitrep analyze} prints.
 *
 * @param ref id, title, source, publisher, date and near-duplicate link
 * @param recordJson the record, one line of JSON
 */
public record StoredDocument(DocumentRef ref, String recordJson) {

    public StoredDocument {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(recordJson, "recordJson");
    }
}
