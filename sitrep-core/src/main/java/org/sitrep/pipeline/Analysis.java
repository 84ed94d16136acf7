package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.actors.Actor;
import org.sitrep.events.Event;
import org.sitrep.events.Quote;
import org.sitrep.extract.Document;

/**
 * The whole record of one analysed document (the output contract): the clean document, its actors, its
 * events, its quotes and what went wrong on the way. Offsets in actors, events and quotes index
 * {@code document.text()}.
 *
 * @param document the clean article
 * @param actors actors with codes and mentions
 * @param events PLOVER events
 * @param quotes quotes with speakers
 * @param problems recoverable problems of every stage
 */
public record Analysis(Document document, List<Actor> actors, List<Event> events, List<Quote> quotes,
                       List<Problem> problems) {

    public Analysis {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems);
    }
}
