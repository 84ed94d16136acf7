package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;

/**
 * Places that sports reports use as teams: "England defeated Tunisia", "Tunisia 1 – 2 England", "lost to
 * England". Such a place is an organisation (the side) wherever the document names it, except after a word
 * that makes it a location ("in England", "at Wembley"). States are left alone: a state already stands for
 * its government, its people or its side alike. In such a report "Group F" is also a name: the tournament's group
 * of sides.
 */
final class SportsSides {

    /** A score between two sides: "1 – 0", "3-2". */
    private static final String SCORE = "\\d{1,2}\\s*[-\u2013\u2014]\\s*\\d{1,2}";

    /** Sports verbs and a score after the side. */
    private static final Pattern AFTER = Pattern.compile("(?:['\u2019]s)?\\s+(?:" + SCORE
            + "(?!\\d)|(?:defeated|defeats|beat|beats|drew|draws|scored|scores|equalised|equalized|won|wins|lost"
            + "|loses|faced|faces|substituted|thrashed|edged)\\b)");

    /** A score, a sports verb or "against" before the side. */
    private static final Pattern BEFORE = Pattern.compile("(?:(?<!\\d)" + SCORE + "|\\b(?:defeated|defeats|beat|beats"
            + "|faced|faces|against|thrashed|edged|drew with|draws with|lost(?:\\s+" + SCORE + ")?\\s+to"
            + "|equalise for|equalize for))\\s+$");

    /** Words that place the sentence in a sports report; without one, "England won" may be anything. */
    private static final Pattern SPORT = Pattern.compile("(?:" + SCORE + "(?!\\d)|\\b(?:match|matches|game|games"
            + "|goal|goals|goalkeeper|cup|league|tournament|championship|fixture|semi-final|quarter-final|penalty"
            + "|striker|referee|squad|innings|wicket|scoring|kick|points|equalise|equalize|equaliser)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A word before a place that makes it the location rather than the side. */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|at|near|across|throughout|from|to|into"
            + "|around|within|outside)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** A tournament's group: "Group F", "Group B's". */
    private static final Pattern GROUP = Pattern.compile("\\bGroup [A-L]\\b(?![\\w-])");

    private SportsSides() {
    }

    /** The candidates with every place the document uses as a sports side turned into an organisation. */
    static List<Candidate> apply(String text, List<Sentence> sentences, List<Candidate> all) {
        Set<ActorKey> sides = sides(text, sentences, all);
        if (sides.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all.size());
        out.addAll(groups(text, all));
        for (Candidate c : all) {
            if (sides.contains(c.key()) && !c.modifier() && !locative(text, c)) {
                ActorKey key = c.key();
                out.add(new Candidate(new ActorKey(null, key.country(), null, ActorKind.ORGANISATION, key.name()),
                        c.start(), c.end(), c.name(), false));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Tournament groups no mention covers yet, in a report that has sides. */
    private static List<Candidate> groups(String text, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        java.util.regex.Matcher m = GROUP.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (all.stream().noneMatch(c -> c.start() < end && start < c.end())) {
                out.add(new Candidate(new ActorKey(null, null, null, ActorKind.ORGANISATION, m.group()), start, end,
                        true, false));
            }
        }
        return out;
    }

    /** The places named beside a score or a sports verb in a sentence of sports language. */
    private static Set<ActorKey> sides(String text, List<Sentence> sentences, List<Candidate> all) {
        Set<ActorKey> sides = new HashSet<>();
        for (Candidate c : all) {
            if (!place(c) || sides.contains(c.key())) {
                continue;
            }
            Sentence sentence = sentenceOf(sentences, c.start());
            if (sentence == null) {
                continue;
            }
            int from = sentence.span().start();
            int to = Math.max(sentence.span().end(), c.end());
            boolean beside = AFTER.matcher(text).region(c.end(), to).lookingAt()
                    || BEFORE.matcher(text.substring(from, c.start()).toLowerCase(Locale.ROOT)).find();
            if (beside && SPORT.matcher(text).region(from, to).find()) {
                sides.add(c.key());
            }
        }
        return sides;
    }

    /** A place the dictionary does not code as a state: "England", "Korea", "Catalonia". */
    private static boolean place(Candidate c) {
        return c.name() && !c.modifier() && c.key().kind() == ActorKind.OTHER && c.key().code() == null;
    }

    private static boolean locative(String text, Candidate c) {
        return LOCATIVE.matcher(text.substring(Math.max(0, c.start() - 20), c.start())).find()
                && !BEFORE.matcher(text.substring(Math.max(0, c.start() - 30), c.start())
                        .toLowerCase(Locale.ROOT)).find();
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
