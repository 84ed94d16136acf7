package org.sitrep.store;

import java.util.Objects;
import org.sitrep.export.EventRow;

/**
 * One stored event with its document and how widely the real-world event behind it was reported: every
 * event with the same {@link EventRow#eventKey()} in documents that are not near-duplicates counts, as
 * GDELT's NumMentions, NumArticles and NumSources do.
 *
 * @param event the event row, sentence included
 * @param document the document it was found in
 * @param mentions event rows with this key
 * @param articles documents with this key
 * @param sources distinct publishers (or sources, when no publisher is known) with this key
 */
public record EventHit(EventRow event, DocumentRef document, int mentions, int articles, int sources) {

    public EventHit {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(document, "document");
    }
}
