package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.lexicon.FactualityCue;
import org.sitrep.events.lexicon.FactualityCues;
import org.sitrep.nlp.Token;

/**
 * Finds quotations: words between straight or curly double quotes, three words or more (shorter ones are
 * scare quotes or titles, "major diplomatic victory" is kept), and their speaker: the subject of the speech
 * verb nearest the quote in its sentence ("said", "told", "described ... as", any attribution cue).
 */
final class QuoteFinder {

    /** One quotation's place, before its speaker is known. */
    record Place(int start, int end) {
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{1,3000})\"|\u201C([^\u201D\\n]{1,3000})\u201D");
    /** Verbs that introduce a quotation without being a cue about events ("she continued: ..."). */
    private static final Set<String> SPEECH = Set.of("call", "describe", "term", "label", "brand", "urge", "ask",
            "comment", "tweet", "post", "continue", "reply", "respond", "answer", "recall", "argue", "remark");
    private static final int MIN_WORDS = 3;
    private static final Set<String> HUMAN = Set.of("he", "she");
    /** How far back a speaking "he" or "she" is looked for among the people named. */
    private static final int PERSON_REACH = 1500;

    private final FactualityCues cues;
    private final ActorSet document;

    /**
     * @param cues the speech verbs among the attribution cues
     * @param document every actor of the document, for the person a speaking "he" or "she" stands for
     */
    QuoteFinder(FactualityCues cues, ActorSet document) {
        this.cues = cues;
        this.document = document;
    }

    /** Every quotation of a text, in order, without its quote marks. */
    static List<Place> places(String text) {
        List<Place> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            String inside = m.group(group).strip();
            if (inside.split("\\s+").length >= MIN_WORDS) {
                int start = m.start(group) + m.group(group).indexOf(inside);
                out.add(new Place(start, start + inside.length()));
            }
        }
        return out;
    }

    /** The quote with its speaker, read from the sentence it starts in. */
    Quote speaker(String text, Place place, Parse parse, ArgumentFinder arguments) {
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : parse.sentence().tokens()) {
            boolean inside = t.span().start() >= place.start() && t.span().end() <= place.end();
            if (inside || !speech(t)) {
                continue;
            }
            int distance = t.span().end() <= place.start() ? place.start() - t.span().end() : t.span().start() - place.end();
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        String body = text.substring(place.start(), place.end());
        if (best == null) {
            return new Quote(place.start(), place.end(), body, null, null);
        }
        List<Token> subjects = arguments.through(best, "nsubj");
        List<String> ids = Speakers.of(subjects, parse, arguments);
        if (subjects.size() == 1 && HUMAN.contains(Parse.lower(subjects.get(0)))
                && ids.stream().noneMatch(id -> "person".equals(document.byId(id).kind()))) {
            // "she continued:" quotes a person, not the state named last
            ids = NearestActor.personBefore(document, subjects.get(0), PERSON_REACH);
        }
        return new Quote(place.start(), place.end(), body, ids.isEmpty() ? null : ids.get(0), ids, best.text());
    }

    private boolean speech(Token t) {
        if (!Parse.verb(t)) {
            return false;
        }
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return SPEECH.contains(lemma) || cues.lookupLemma(lemma).stream().anyMatch(FactualityCue::attributes);
    }
}
