package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Mention;
import org.sitrep.events.Event;
import org.sitrep.events.Span;
import org.sitrep.events.Trigger;
import org.sitrep.export.RecordJson;
import org.sitrep.export.TableRows;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;

/**
 * Small hand-made analysed articles for the store tests: one sentence of news each, with its actors and one
 * event, written for these tests (the events are invented).
 */
final class Articles {

    private static final RecordJson JSON = new RecordJson();

    private Articles() {
    }

    /**
     * An article in which {@code actor} does {@code type} to {@code recipient} on {@code day}: "ACTOR_NAME
     * VERB RECIPIENT_NAME ..." with a filler paragraph so that the text is long enough for a SimHash.
     */
    static Analysis article(String id, String source, String publisher, String day, String actorCode,
                            String actorName, String verb, String type, String recipientCode, String recipientName,
                            String filler) {
        String sentence = actorName + " " + verb + " " + recipientName + " on " + day + ".";
        String text = sentence + "\n\n" + filler;
        Actor a = new Actor("a1", actorName, actorCode, actorCode, "GOV", "country",
                List.of(new Mention(0, actorName.length(), actorName)));
        int rStart = actorName.length() + verb.length() + 2;
        Actor r = new Actor("a2", recipientName, recipientCode, recipientCode, null, "country",
                List.of(new Mention(rStart, rStart + recipientName.length(), recipientName)));
        int tStart = actorName.length() + 1;
        Event e = new Event("e1", type, null, List.of(), "010", List.of("a1"), List.of("a2"), "asserted", null, day,
                null, new Span(0, sentence.length()), new Trigger(tStart, tStart + verb.length(), verb), 0.8);
        Document d = new Document(id, source, "text", actorName + " and " + recipientName, List.of(), day, publisher,
                List.of(), "en", text);
        return new Analysis(d, List.of(a, r), List.of(e), List.of(), List.of());
    }

    /** A joint act: every party an actor, no recipients. */
    static Analysis meeting(String id, String day, List<String> codes, String filler) {
        List<Actor> actors = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            int start = text.length();
            text.append(codes.get(i)).append(' ');
            actors.add(new Actor("a" + (i + 1), "State " + codes.get(i), codes.get(i), codes.get(i), null, "country",
                    List.of(new Mention(start, start + codes.get(i).length(), codes.get(i)))));
        }
        text.append("met in the capital. ").append(filler);
        Event e = new Event("e1", "CONSULT", null, List.of(), "040",
                actors.stream().map(Actor::id).toList(), List.of(), "asserted", null, day, null,
                new Span(0, text.length()), null, 0.7);
        Document d = new Document(id, "meeting-" + id + ".txt", "text", "A meeting", List.of(), day, null, List.of(),
                "en", text.toString());
        return new Analysis(d, actors, List.of(e), List.of(), List.of());
    }

    /** Writes one analysis with its record. */
    static String add(StoreWriter writer, Analysis analysis) {
        return writer.add(TableRows.of(analysis), JSON.line(analysis), analysis.document().source());
    }

    /**
     * Adds three one-event reports from three outlets: d1 and d2 (PAK accuses AFG on 2024-10-03, in two
     * wordings) and d3 (IND gives aid to NPL on 2024-11-12).
     */
    static void addThreeReports(StoreWriter writer) {
        add(writer, article("d1", "https://north.example/a", "North Post", "2024-10-03",
                "PAK", "Pakistan", "accused", "ACCUSE", "AFG", "Afghanistan", HARBOUR));
        add(writer, article("d2", "https://south.example/b", "South Daily", "2024-10-03",
                "PAK", "Pakistan", "blamed", "ACCUSE", "AFG", "Afghanistan", DROUGHT));
        add(writer, article("d3", "https://east.example/c", "East Wire", "2024-11-12",
                "IND", "India", "sent aid to", "AID", "NPL", "Nepal", FESTIVAL));
    }

    static final String HARBOUR = "The talks were held in a harbour town that has seen many such meetings, and "
            + "officials from both delegations spoke of a long night of drafting before the text was agreed.";
    static final String DROUGHT = "Farmers in the valley say the drought has lasted three seasons and the river "
            + "that fed their fields now runs dry for most of the summer months each year.";
    static final String FESTIVAL = "A music festival in the old quarter drew crowds from across the region, "
            + "with street stalls selling bread, fruit and painted tiles until late in the evening.";
}
