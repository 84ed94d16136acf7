package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Lists of actors ("China, Iran, Pakistan and Russia") and the words that refer back to them ("those four",
 * "the four countries", "all four", "both sides", "the two governments").
 *
 * <p>The rule is simple on purpose: a group word of size n names the most recent list of exactly n different
 * actors that ends before it, in the same sentence or an earlier one; when there is none, it names nobody.
 * A list is two or more names joined only by commas, "and", "or", "&amp;" and "the".
 */
final class GroupAnaphora {

    /** A list of different actors, and where it ends in the text. */
    record Group(List<ActorKey> members, int end) {
        Group {
            members = List.copyOf(members);
        }
    }

    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private static final Set<String> DETERMINERS = Set.of("those", "these", "the", "all", "both");

    /** Nouns a group word may end in; any other noun makes it something else ("the four days"). */
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "states", "nations", "governments",
            "sides", "powers", "neighbours", "neighbors", "parties", "leaders", "ministers", "allies", "members",
            "capitals", "groups", "organisations", "organizations", "partners", "delegations");

    /** Group nouns only states can fill: "both governments" are not two rivers named before. */
    private static final Set<String> STATE_NOUNS = Set.of("countries", "states", "nations", "governments",
            "powers", "capitals");

    /** The size of a group word with no number ("the governments"): any list of two or more. */
    private static final int ANY_SIZE = -1;
    /** How far back, in characters, an uncounted group word looks for its list. */
    private static final int UNCOUNTED_REACH = 2500;
    /** Words after a group noun that say which ones it means, so it is no reference back. */
    private static final Set<String> RESTRICTING = Set.of("of", "that", "which", "who", "whose", "in", "from",
            "involved", "concerned");

    /** Words that join a list here: the recogniser's joiners and a neither-nor's "nor". */
    private static final Set<String> LIST_JOINERS = joiners();

    private GroupAnaphora() {
    }

    /** Overlapping mentions merged: the span they cover together and the actors they name. */
    private record Element(int start, int end, Set<ActorKey> keys) {
    }

    /**
     * The lists among a sentence's mentions, in text order. Mentions that overlap ("Hamas" and "Hamas
     * fighters") are one element of a list, so "Hamas fighters and Israeli troops" is a list of two.
     */
    static List<Group> groups(String text, List<Candidate> candidates) {
        List<Element> elements = elements(candidates);
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < elements.size()) {
            Set<ActorKey> members = new LinkedHashSet<>(elements.get(i).keys());
            int j = i;
            while (j + 1 < elements.size()
                    && joinersOnly(text.substring(elements.get(j).end(), elements.get(j + 1).start()))) {
                j++;
                members.addAll(elements.get(j).keys());
            }
            if (members.size() >= 2) {
                groups.add(new Group(new ArrayList<>(members), elements.get(j).end()));
            }
            i = j + 1;
        }
        return groups;
    }

    private static List<Element> elements(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(java.util.Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        List<Element> elements = new ArrayList<>();
        for (Candidate c : sorted) {
            Element last = elements.isEmpty() ? null : elements.get(elements.size() - 1);
            if (last != null && c.start() < last.end()) {
                last.keys().add(c.key());
                elements.set(elements.size() - 1, new Element(last.start(), Math.max(last.end(), c.end()), last.keys()));
            } else {
                Set<ActorKey> keys = new LinkedHashSet<>();
                keys.add(c.key());
                elements.add(new Element(c.start(), c.end(), keys));
            }
        }
        return elements;
    }

    private static boolean joinersOnly(String between) {
        if (between.isBlank()) {
            return false;
        }
        for (String word : between.trim().split("[\\s,]+|(?=&)|(?<=&)")) {
            if (!word.isEmpty() && !LIST_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> joiners() {
        Set<String> words = new HashSet<>(SentenceReader.JOINERS);
        words.add("nor");
        return Set.copyOf(words);
    }

    /**
     * A mention of each member for every group word of the sentence that refers back to a list in
     * {@code earlier} (lists ending before the word, oldest first).
     */
    static List<Candidate> resolve(Sentence sentence, List<Group> earlier) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int[] found = groupWord(tokens, i);
            if (found == null) {
                continue;
            }
            int start = tokens.get(i).span().start();
            int end = tokens.get(found[0] - 1).span().end();
            Group group = latest(earlier, found[1], start, found[2] == 1);
            if (group != null) {
                for (ActorKey member : group.members()) {
                    out.add(new Candidate(member, start, end, false, false));
                }
            }
            i = found[0] - 1;
        }
        return out;
    }

    /** {end token, size, 1 when only states fit} of a group word starting at token i, or null. */
    private static int[] groupWord(List<Token> tokens, int i) {
        String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (!DETERMINERS.contains(first)) {
            return null;
        }
        int at = i + 1;
        if (at < tokens.size() && tokens.get(at).text().equalsIgnoreCase("other")) {
            at++; // "those other three countries"
        }
        Integer size = at < tokens.size() ? number(tokens.get(at)) : null;
        if (size != null) {
            at++;
        } else if (first.equals("both")) {
            size = 2;
        } else if (uncounted(tokens, i, at)) {
            return new int[] {at + 1, ANY_SIZE, 1}; // "urged the governments to": the states just named
        } else {
            return null;
        }
        boolean states = false;
        if (at < tokens.size() && tokens.get(at).pos().startsWith("NN")) {
            String noun = tokens.get(at).text().toLowerCase(Locale.ROOT);
            if (!GROUP_NOUNS.contains(noun)) {
                return null;
            }
            states = STATE_NOUNS.contains(noun);
            at++;
        } else if (at == i + 1 || first.equals("the") && at < tokens.size() && tokens.get(at).pos().startsWith("JJ")) {
            return null;
        }
        return new int[] {at, size, states ? 1 : 0};
    }

    /**
     * "the governments", "these countries" with no number: the states of the last list, unless the words
     * around say which ones ("the governments of the region", "the countries that signed", "one of the
     * nations covered").
     */
    private static boolean uncounted(List<Token> tokens, int determiner, int at) {
        if (at >= tokens.size() || !tokens.get(at).pos().equals("NNS")
                || !STATE_NOUNS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))
                || determiner > 0 && tokens.get(determiner - 1).text().equalsIgnoreCase("of")) {
            return false; // "one of the nations": a part of a kind, not the states named
        }
        Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        // "the nations covered by the ban", "the governments of the region": the words after say which
        return next == null || !RESTRICTING.contains(next.text().toLowerCase(Locale.ROOT))
                && !next.pos().equals("VBN") && !next.pos().equals("VBG");
    }

    private static Integer number(Token token) {
        Integer word = NUMBERS.get(token.text().toLowerCase(Locale.ROOT));
        if (word != null || !token.text().matches("[2-9]|10")) {
            return word;
        }
        return Integer.parseInt(token.text());
    }

    private static Group latest(List<Group> groups, int size, int before, boolean statesOnly) {
        for (int k = groups.size() - 1; k >= 0; k--) {
            Group group = groups.get(k);
            boolean fits = !statesOnly || group.members().stream().allMatch(m -> m.kind() == ActorKind.COUNTRY);
            boolean sized = size == ANY_SIZE ? before - group.end() <= UNCOUNTED_REACH : group.members().size() == size;
            if (group.end() <= before && sized && fits) {
                return group;
            }
            if (size == ANY_SIZE && group.end() <= before && fits) {
                return null; // an uncounted group word stands for the last list of states, not an older one
            }
        }
        return null;
    }
}
