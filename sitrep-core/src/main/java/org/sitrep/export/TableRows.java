package org.sitrep.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.actors.Actor;
import org.sitrep.events.Event;
import org.sitrep.events.Quote;
import org.sitrep.pipeline.Analysis;

/**
 * One analysed document flattened into the rows of sitrep's five tables ({@code documents}, {@code actors},
 * {@code mentions}, {@code events}, {@code quotes}). The store, the Parquet export and the Spark job all write
 * these rows, so a document gives the same rows wherever it was analysed.
 */
public record TableRows(DocumentRow document, List<ActorRow> actors, List<MentionRow> mentions,
                        List<EventRow> events, List<QuoteRow> quotes) {

    /** The five tables, in the order a reader would join them. */
    public static final List<Table> TABLES = List.of(DocumentRow.TABLE, ActorRow.TABLE, MentionRow.TABLE,
            EventRow.TABLE, QuoteRow.TABLE);

    public TableRows {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** Flattens one analysis. */
    public static TableRows of(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        String docId = analysis.document().id();
        String text = analysis.document().text();
        Map<String, Actor> byId = analysis.actors().stream()
                .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        List<ActorRow> actors = new ArrayList<>();
        List<MentionRow> mentions = new ArrayList<>();
        for (Actor actor : analysis.actors()) {
            actors.add(ActorRow.of(docId, actor));
            actor.mentions().forEach(m -> mentions.add(new MentionRow(docId, actor.id(), m.start(), m.end(), m.text())));
        }
        List<EventRow> events = analysis.events().stream().map(e -> event(docId, text, e, byId)).toList();
        List<QuoteRow> quotes = analysis.quotes().stream().map(q -> quote(docId, q, byId)).toList();
        return new TableRows(DocumentRow.of(analysis), actors, mentions, events, quotes);
    }

    private static EventRow event(String docId, String text, Event e, Map<String, Actor> byId) {
        List<Actor> actors = resolve(e.actors(), byId);
        List<Actor> recipients = resolve(e.recipients(), byId);
        // a claim with several sources keeps them all: the names and codes joined, the first one's id
        List<Actor> sources = e.attribution() == null ? List.of() : resolve(e.attribution().actors(), byId);
        Actor source = sources.isEmpty() ? null : sources.get(0);
        String date = e.date();
        int sentenceEnd = Math.min(e.sentence().end(), text.length());
        int sentenceStart = Math.min(e.sentence().start(), sentenceEnd);
        return new EventRow(docId, e.id(), eventKey(e, actors, recipients), e.type(), e.mode(), e.contexts(),
                e.cameo(), e.actors(), codes(actors), countries(actors), names(actors),
                e.recipients(), codes(recipients), countries(recipients), names(recipients),
                e.factuality(), source == null ? null : source.id(), joinedNames(sources), joinedCodes(sources),
                e.attribution() == null ? null : e.attribution().cue(),
                date, Days.firstDay(date),
                e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                e.sentence().start(), e.sentence().end(), text.substring(sentenceStart, sentenceEnd),
                e.trigger() == null ? null : e.trigger().start(), e.trigger() == null ? null : e.trigger().end(),
                e.trigger() == null ? null : e.trigger().text(), e.confidence());
    }

    private static QuoteRow quote(String docId, Quote q, Map<String, Actor> byId) {
        // words several actors said together name them all, as an event's attribution does
        List<Actor> speakers = q.speakers().stream().map(byId::get).filter(Objects::nonNull).toList();
        return new QuoteRow(docId, q.start(), q.end(), q.text(), q.speaker(), joinedNames(speakers),
                joinedCodes(speakers), q.cue());
    }

    /**
     * The key of the real-world event: type, first day of its date, and the sorted codes (or lower-case names,
     * for actors without a code) of both sides. A hash, so that it is short and the same in every table.
     */
    static String eventKey(Event e, List<Actor> actors, List<Actor> recipients) {
        String key = e.type() + "|" + Days.firstDay(e.date()) + "|" + sideKey(actors) + "|" + sideKey(recipients);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
        }
    }

    private static String sideKey(List<Actor> side) {
        TreeSet<String> keys = new TreeSet<>();
        for (Actor a : side) {
            String code = a.code() == null ? a.name().toLowerCase(java.util.Locale.ROOT) : a.code();
            keys.add(a.sector() == null ? code : code + "/" + a.sector());
        }
        return String.join(",", keys);
    }

    private static List<Actor> resolve(List<String> ids, Map<String, Actor> byId) {
        return ids.stream().map(id -> {
            Actor a = byId.get(id);
            if (a == null) {
                throw new IllegalArgumentException("event names actor '" + id + "', which the record does not hold");
            }
            return a;
        }).toList();
    }

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(a -> a.code() == null ? "" : a.code()).toList();
    }

    private static List<String> countries(List<Actor> actors) {
        return actors.stream().map(a -> a.country() == null ? "" : a.country()).toList();
    }

    /** Several sources or speakers in one column: their names joined by ", ", or null for none. */
    private static String joinedNames(List<Actor> actors) {
        return actors.isEmpty() ? null : String.join(", ", names(actors));
    }

    /** Their codes joined by ",", those without a code left out; null when none has one. */
    private static String joinedCodes(List<Actor> actors) {
        List<String> codes = codes(actors).stream().filter(c -> !c.isEmpty()).toList();
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::name).toList();
    }
}
