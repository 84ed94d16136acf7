package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Token;

/**
 * When and where an event happened, as its sentence says: the ISO date of the DATE entity nearest the trigger
 * ("last week" read on 2024-10-03 gives {@code 2024-W39}), else the publication date; the place named in an
 * "in" or "at" phrase on the trigger or the word that governs it.
 */
final class Setting {

    /** The ISO dates CoreNLP normalises to that an event date may be: a year, month, day or week. */
    static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private Setting() {
    }

    static String date(Parse parse, Token head, String published) {
        Token best = null;
        for (Token t : parse.sentence().tokens()) {
            if ("DATE".equals(t.ner()) && t.normalized() != null && ISO.matcher(t.normalized()).matches()
                    && (best == null || Math.abs(t.index() - head.index()) < Math.abs(best.index() - head.index()))) {
                best = t;
            }
        }
        return best != null ? best.normalized() : published;
    }

    static Location location(Parse parse, Token head, ActorSet actors, String text) {
        List<Token> heads = new ArrayList<>(List.of(head));
        parse.up(head).ifPresent(e -> heads.add(parse.token(e.governor())));
        for (Token h : heads) {
            for (String prep : List.of("in", "at")) {
                for (Token place : parse.prepositional(h, prep)) {
                    if (PLACES.contains(place.ner())) {
                        return placeOf(parse, place, actors, text);
                    }
                }
            }
        }
        return null;
    }

    private static Location placeOf(Parse parse, Token place, ActorSet actors, String text) {
        List<Token> tokens = parse.sentence().tokens();
        int from = place.index();
        int to = place.index();
        while (from > 0 && tokens.get(from - 1).ner().equals(place.ner())) {
            from--;
        }
        while (to + 1 < tokens.size() && tokens.get(to + 1).ner().equals(place.ner())) {
            to++;
        }
        int start = tokens.get(from).span().start();
        int end = tokens.get(to).span().end();
        String country = null;
        for (String id : actors.idsAt(start, end)) {
            country = country == null ? actors.byId(id).country() : country;
        }
        return new Location(text.substring(start, end), country);
    }
}
