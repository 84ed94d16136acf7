package org.sitrep.actors;

import java.util.ArrayList;
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

    private GroupAnaphora() {
    }

    /** The lists among a sentence's mentions, in text order. */
    static List<Group> groups(String text, List<Candidate> candidates) {
        List<Group> groups = new ArrayList<>();
        List<Candidate> names = candidates.stream().filter(Candidate::name).toList();
        int i = 0;
        while (i < names.size()) {
            Set<ActorKey> members = new LinkedHashSet<>();
            members.add(names.get(i).key());
            int j = i;
            while (j + 1 < names.size() && names.get(j + 1).start() >= names.get(j).end()
                    && joinersOnly(text.substring(names.get(j).end(), names.get(j + 1).start()))) {
                j++;
                members.add(names.get(j).key());
            }
            if (members.size() >= 2) {
                groups.add(new Group(new ArrayList<>(members), names.get(j).end()));
            }
            i = j + 1;
        }
        return groups;
    }

    private static boolean joinersOnly(String between) {
        if (between.isBlank()) {
            return false;
        }
        for (String word : between.trim().split("[\\s,]+|(?=&)|(?<=&)")) {
            if (!word.isEmpty() && !SentenceReader.JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
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
            Group group = latest(earlier, found[1], start);
            if (group != null) {
                for (ActorKey member : group.members()) {
                    out.add(new Candidate(member, start, end, false, false));
                }
            }
            i = found[0] - 1;
        }
        return out;
    }

    /** {end token, size} of a group word starting at token i, or null. */
    private static int[] groupWord(List<Token> tokens, int i) {
        String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (!DETERMINERS.contains(first)) {
            return null;
        }
        int at = i + 1;
        Integer size = at < tokens.size() ? number(tokens.get(at)) : null;
        if (size != null) {
            at++;
        } else if (first.equals("both")) {
            size = 2;
        } else {
            return null;
        }
        if (at < tokens.size() && tokens.get(at).pos().startsWith("NN")) {
            if (!GROUP_NOUNS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            at++;
        } else if (at == i + 1 || first.equals("the") && at < tokens.size() && tokens.get(at).pos().startsWith("JJ")) {
            return null;
        }
        return new int[] {at, size};
    }

    private static Integer number(Token token) {
        Integer word = NUMBERS.get(token.text().toLowerCase(Locale.ROOT));
        if (word != null || !token.text().matches("[2-9]|10")) {
            return word;
        }
        return Integer.parseInt(token.text());
    }

    private static Group latest(List<Group> groups, int size, int before) {
        for (int k = groups.size() - 1; k >= 0; k--) {
            Group group = groups.get(k);
            if (group.end() <= before && group.members().size() == size) {
                return group;
            }
        }
        return null;
    }
}
