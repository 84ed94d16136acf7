package org.sitrep.bench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Mention;
import org.sitrep.events.Attribution;
import org.sitrep.events.Event;
import org.sitrep.events.Location;
import org.sitrep.events.Quote;
import org.sitrep.events.Span;
import org.sitrep.events.Trigger;

/**
 * Writes one synthetic article sentence by sentence, keeping every offset the record needs: where each actor
 * is named, each event's sentence and trigger, each quote. Not thread-safe; one per article.
 */
final class ArticleWriter {

    private final String docId;
    private final LocalDate published;
    private final List<Actor> cast;
    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder();
    private final Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private String firstIssue;

    ArticleWriter(String docId, LocalDate published, List<Actor> cast, SplittableRandom random) {
        this.docId = docId;
        this.published = published;
        this.cast = cast;
        this.random = random;
    }

    /** Writes the sentence of event {@code n}, and now and then a quote after it. */
    void event(int n) {
        SyntheticVocabulary.Act act = SyntheticCorpus.pick(random, SyntheticVocabulary.ACTS);
        List<Actor> shuffled = new ArrayList<>(cast);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        int actorCount = random.nextDouble() < 0.15 && shuffled.size() > 2 ? 2 : 1;
        List<Actor> actors = shuffled.subList(0, actorCount);
        boolean toSomeone = random.nextDouble() < 0.8 && shuffled.size() > actorCount;
        List<Actor> recipients = toSomeone ? shuffled.subList(actorCount, actorCount + 1) : List.of();
        String template = SyntheticCorpus.pick(random, toSomeone ? act.withRecipient() : act.alone());
        Actor source = random.nextDouble() < 0.15 && shuffled.size() > actorCount + recipients.size()
                ? shuffled.get(shuffled.size() - 1) : null;
        startSentence();
        int start = text.length();
        Trigger trigger = render(template, actors, recipients);
        if (source != null) {
            text.setLength(text.length() - 1); // the full stop comes after the attribution
            text.append(", according to ");
            name(source);
            text.append('.');
        }
        Span sentence = new Span(start, text.length());
        events.add(new Event(SyntheticCorpus.eventId(docId, n), act.type(), null, List.of(),
                SyntheticCorpus.pick(random, act.cameo()), ids(actors), ids(recipients), factuality(),
                source == null ? null : new Attribution(source.id(), "according to"), date(), location(actors),
                sentence, trigger, 0.5 + random.nextInt(46) / 100.0));
        if (random.nextDouble() < 0.1) {
            quote(actors.get(0));
        }
    }

    /** Writes {@code count} filler sentences. */
    void fillers(int count) {
        for (int i = 0; i < count; i++) {
            startSentence();
            text.append(SyntheticCorpus.pick(random, SyntheticVocabulary.FILLERS));
        }
    }

    private void quote(Actor speaker) {
        startSentence();
        int start = text.length();
        text.append("\u201CWe will not accept any delay on ").append(SyntheticCorpus.pick(random, SyntheticVocabulary.ISSUES))
                .append(",\u201D");
        int end = text.length();
        text.append(" said a spokesman for ");
        name(speaker);
        text.append('.');
        quotes.add(new Quote(start, end, text.substring(start, end), speaker.id(), "said"));
    }

    /** Fills a template in; returns the trigger (the word between asterisks). */
    private Trigger render(String template, List<Actor> actors, List<Actor> recipients) {
        Trigger trigger = null;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '*') {
                int close = template.indexOf('*', i + 1);
                int start = text.length();
                text.append(template, i + 1, close);
                trigger = new Trigger(start, text.length(), template.substring(i + 1, close));
                i = close + 1;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                slot(template.substring(i + 1, close), actors, recipients);
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return trigger;
    }

    private void slot(String slot, List<Actor> actors, List<Actor> recipients) {
        switch (slot) {
            case "A" -> names(actors);
            case "B" -> names(recipients);
            case "ISSUE" -> {
                String issue = SyntheticCorpus.pick(random, SyntheticVocabulary.ISSUES);
                firstIssue = firstIssue == null ? issue : firstIssue;
                text.append(issue);
            }
            case "PLACE" -> text.append(SyntheticCorpus.pick(random, SyntheticVocabulary.PLACES));
            default -> throw new IllegalStateException("unknown slot {" + slot + "} in the vocabulary");
        }
    }

    private void names(List<Actor> side) {
        for (int i = 0; i < side.size(); i++) {
            text.append(i == 0 ? "" : " and ");
            name(side.get(i));
        }
    }

    /** Names an actor ("Pakistan", "Pakistan's army") and records the mention. */
    private void name(Actor actor) {
        int start = text.length();
        String word = actor.kind().equals("country") && actor.sector() != null && !actor.sector().equals("GOV")
                ? SyntheticVocabulary.SECTOR_WORDS.get(actor.sector()) : null;
        text.append(actor.name()).append(word == null ? "" : "'s " + word);
        mentions.computeIfAbsent(actor.id(), id -> new ArrayList<>())
                .add(new Mention(start, text.length(), text.substring(start)));
    }

    private void startSentence() {
        if (text.length() > 0) {
            text.append(events.size() % 3 == 0 && random.nextBoolean() ? "\n\n" : " ");
        }
    }

    private String factuality() {
        double p = random.nextDouble();
        return p < 0.8 ? "asserted" : p < 0.88 ? "possible" : p < 0.94 ? "future" : p < 0.97 ? "negated" : "hypothetical";
    }

    private String date() {
        double p = random.nextDouble();
        if (p < 0.7) {
            return published.toString();
        }
        return p < 0.9 ? published.minusDays(1 + random.nextInt(6)).toString() : published.toString().substring(0, 7);
    }

    private Location location(List<Actor> actors) {
        Actor first = actors.get(0);
        boolean known = first.kind().equals("country") && random.nextDouble() < 0.3;
        return known ? new Location(first.name(), first.country()) : null;
    }

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }

    String title() {
        String headline = SyntheticCorpus.pick(random, SyntheticVocabulary.HEADLINES)
                .replace("{ISSUE}", firstIssue == null ? "regional talks" : firstIssue);
        return Character.toUpperCase(headline.charAt(0)) + headline.substring(1);
    }

    String text() {
        return text.toString();
    }

    /** The cast members the text names, with their mentions. */
    List<Actor> actors() {
        List<Actor> named = new ArrayList<>();
        for (Actor a : cast) {
            List<Mention> found = mentions.get(a.id());
            if (found != null) {
                named.add(new Actor(a.id(), a.name(), a.code(), a.country(), a.sector(), a.kind(), found));
            }
        }
        return named;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<Quote> quotes() {
        return List.copyOf(quotes);
    }
}
