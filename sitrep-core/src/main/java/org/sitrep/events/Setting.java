package org.sitrep.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.lexicon.Factuality;
import org.sitrep.nlp.Token;

/**
 * When and where an event happened, as its sentence says: the ISO date of the DATE entity nearest the trigger
 * ("last week" read on 2024-10-03 gives {@code 2024-W39}), else the publication date; the place named in an
 * "in" or "at" phrase on the trigger or the word that governs it.
 *
 * <p>Two kinds of dates are not when the event happened: the bound of a period ("until 2047", "by 2030",
 * "since 2021": a deadline or a start, not the act), and, for an event the text does not announce or
 * plan, a date after the article's own period ("the pipeline, due in 2030": an act reported as done cannot
 * happen after the report).
 */
final class Setting {

    /** The ISO dates CoreNLP normalises to that an event date may be: a year, month, day or week. */
    static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> BOUNDS = Set.of("until", "till", "by", "since", "through", "before", "after");

    private static final DateTimeFormatter ISO_WEEK = new DateTimeFormatterBuilder()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4).appendLiteral("-W")
            .appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_WEEK, 1).toFormatter(Locale.ROOT);

    private Setting() {
    }

    static String date(Parse parse, Token head, String published, Factuality factuality) {
        Token best = null;
        boolean ahead = factuality == Factuality.FUTURE || factuality == Factuality.HYPOTHETICAL;
        for (Token t : parse.sentence().tokens()) {
            if ("DATE".equals(t.ner()) && t.normalized() != null && ISO.matcher(t.normalized()).matches()
                    && !bound(parse, t) && (ahead || !after(t.normalized(), published))
                    && (best == null || Math.abs(t.index() - head.index()) < Math.abs(best.index() - head.index()))) {
                best = t;
            }
        }
        return best != null ? best.normalized() : published;
    }

    /** Whether the date phrase a token is in opens with a word that makes it a period's bound. */
    private static boolean bound(Parse parse, Token date) {
        List<Token> tokens = parse.sentence().tokens();
        int first = date.index();
        while (first > 0 && "DATE".equals(tokens.get(first - 1).ner())) {
            first--;
        }
        return first > 0 && BOUNDS.contains(Parse.lower(tokens.get(first - 1)));
    }

    /** Whether an ISO date (year, month, day or week) begins after the publication's own period. */
    static boolean after(String date, String published) {
        if (published == null) {
            return false;
        }
        return start(date).isAfter(end(published));
    }

    private static LocalDate start(String iso) {
        if (iso.contains("-W")) {
            return LocalDate.parse(iso + "-1", ISO_WEEK);
        }
        String[] parts = iso.split("-");
        return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    }

    private static LocalDate end(String iso) {
        if (iso.contains("-W")) {
            return start(iso).plusDays(6);
        }
        String[] parts = iso.split("-");
        if (parts.length == 1) {
            return LocalDate.of(Integer.parseInt(parts[0]), 12, 31);
        }
        return parts.length == 2 ? YearMonth.parse(iso).atEndOfMonth() : LocalDate.parse(iso);
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
