package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the event exporters need to know about an event row beyond the row itself: the document it was read
 * in (address and publication day), how often the real-world event was reported (the counts of its cluster,
 * as GDELT's NumMentions, NumSources and NumArticles), its tone if known, and the actors of that document (for
 * their sectors and kinds, which {@link EventRow} does not carry).
 *
 * @param sourceUrl the document's address (its {@code source}), or null
 * @param publishedDay the document's publication day, or null
 * @param mentions how many times the event is mentioned across the corpus (at least 1)
 * @param sources how many distinct sources (publishers or hosts) report it (at least 1)
 * @param articles how many documents report it (at least 1)
 * @param tone the average tone of the documents, or null when not measured
 * @param actors the actor rows of the event's document; may be empty (sectors are then unknown)
 */
public record EventReport(String sourceUrl, LocalDate publishedDay, int mentions, int sources, int articles,
                          Double tone, List<ActorRow> actors) {

    public EventReport {
        if (mentions < 1 || sources < 1 || articles < 1) {
            throw new IllegalArgumentException("mentions, sources and articles count at least the document itself, got "
                    + mentions + ", " + sources + ", " + articles);
        }
        actors = List.copyOf(actors);
    }

    /** An event known from one document only: the counts are 1. */
    public static EventReport single(DocumentRow document, List<ActorRow> actors) {
        Objects.requireNonNull(document, "document");
        return new EventReport(document.source(), document.publishedDay(), 1, 1, 1, null, actors);
    }

    /** The actor row with this id in the event's document, or null. */
    ActorRow actor(String docId, String actorId) {
        for (ActorRow row : actors) {
            if (row.actorId().equals(actorId) && row.docId().equals(docId)) {
                return row;
            }
        }
        return null;
    }
}
