package org.sitrep.store;

import java.util.Objects;

/**
 * The document an event or an index entry belongs to, as a listing shows it.
 *
 * @param docId the content hash
 * @param title the headline, or null
 * @param source path, URL or record id
 * @param publisher site or organisation, or null
 * @param published publication date as written, or null
 * @param duplicateOf the id of the stored document this one nearly repeats, or null when it is an original
 */
public record DocumentRef(String docId, String title, String source, String publisher, String published,
                          String duplicateOf) {

    public DocumentRef {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(source, "source");
    }
}
