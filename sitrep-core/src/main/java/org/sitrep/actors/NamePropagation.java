package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A document names the same thing the same way: once CoreNLP has found "Andy Warhol" or "Scientology" as a
 * name somewhere, every other place the same words appear as proper nouns is that name too, and a person's
 * last name alone ("Warhol") is that person, even tagged a common noun inside a sentence ("the Cruise video").
 * An acronym in brackets right after a name ("Democratic Alliance (DAB)") is that name as well, whatever its
 * tag; "Church of Scientology" is also "Scientology" standing alone, untagged. Only names the dictionary does
 * not know are spread this way, and of places only those of several words ("Johnson Space Center").
 */
final class NamePropagation {

    /** An acronym in brackets at the start of the text after a name: " (DAB)". */
    private static final java.util.regex.Pattern ACRONYM =
            java.util.regex.Pattern.compile("^\\s*\\(\\s*([A-Z]{2,6})\\s*\\)");

    private NamePropagation() {
    }

    /** The extra mentions, for the sentences and the mentions already found in each. */
    static List<Candidate> propagate(String text, List<Sentence> sentences, List<List<Candidate>> found) {
        Map<List<String>, ActorKey> names = new HashMap<>();
        Map<String, ActorKey> shortNames = new HashMap<>();
        for (List<Candidate> candidates : found) {
            for (Candidate c : candidates) {
                if (c.name() && c.key().code() == null
                        && (c.key().kind() != ActorKind.OTHER || text.substring(c.start(), c.end()).contains(" "))) {
                    learn(names, c, text);
                    learnShort(shortNames, c, text);
                }
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        int longest = names.keySet().stream().mapToInt(List::size).max().orElse(1);
        List<Candidate> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            List<Candidate> taken = found.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                int end = longestName(names, tokens, i, longest, taken);
                if (end > i) {
                    List<String> words = words(tokens, i, end);
                    out.add(new Candidate(names.get(words), tokens.get(i).span().start(),
                            tokens.get(end - 1).span().end(), true, false));
                    i = end - 1;
                } else if (shortName(shortNames, tokens, i, taken)) {
                    out.add(new Candidate(shortNames.get(tokens.get(i).text()), tokens.get(i).span().start(),
                            tokens.get(i).span().end(), true, false));
                }
            }
        }
        return out;
    }

    /**
     * The acronyms in brackets right after a name, with the name's actor: "Johnson Space Center (JSC)" makes
     * every "JSC" of the document that place, whatever CoreNLP tagged it.
     */
    static Map<String, ActorKey> acronyms(String text, List<Candidate> found) {
        Map<String, ActorKey> out = new HashMap<>();
        for (Candidate c : found) {
            if (c.name() && c.key().code() == null && !c.modifier()) {
                java.util.regex.Matcher acronym = ACRONYM.matcher(
                        text.substring(c.end(), Math.min(text.length(), c.end() + 12)));
                if (acronym.find() && !c.key().name().equals(acronym.group(1))) {
                    out.putIfAbsent(acronym.group(1), c.key());
                }
            }
        }
        return out;
    }

    private static void learn(Map<List<String>, ActorKey> names, Candidate c, String text) {
        List<String> words = List.of(text.substring(c.start(), c.end()).split("\\s+"));
        names.putIfAbsent(words, c.key());
        if (c.key().kind() == ActorKind.PERSON && words.size() > 1) {
            names.putIfAbsent(List.of(words.get(words.size() - 1)), c.key());
        }
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 12));
        java.util.regex.Matcher acronym = ACRONYM.matcher(after);
        if (acronym.find()) {
            names.putIfAbsent(List.of(acronym.group(1)), c.key());
        }
    }

    /**
     * "Church of Scientology" is also "Scientology": an organisation named "X of Y", Y one capitalised word, is
     * found where Y stands alone, untagged (a place such as "University of Texas" gets tagged or looked up).
     */
    private static void learnShort(Map<String, ActorKey> shortNames, Candidate c, String text) {
        List<String> words = List.of(text.substring(c.start(), c.end()).split("\\s+"));
        int of = words.indexOf("of");
        if (c.key().kind() == ActorKind.ORGANISATION && of > 0 && of == words.size() - 2
                && Character.isUpperCase(words.get(of + 1).charAt(0))) {
            shortNames.putIfAbsent(words.get(of + 1), c.key());
        }
    }

    private static boolean shortName(Map<String, ActorKey> shortNames, List<Token> tokens, int i,
                                     List<Candidate> taken) {
        Token token = tokens.get(i);
        boolean alone = (i == 0 || !tokens.get(i - 1).pos().startsWith("NNP"))
                && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().startsWith("NNP"));
        return alone && token.pos().startsWith("NNP") && !token.inEntity() && shortNames.containsKey(token.text())
                && free(taken, token.span().start(), token.span().end());
    }

    /** The end of the longest known name starting at token i that overlaps no mention found before, or i. */
    private static int longestName(Map<List<String>, ActorKey> names, List<Token> tokens, int i, int longest,
                                   List<Candidate> taken) {
        if (!tokens.get(i).pos().startsWith("NNP") && !capitals(tokens.get(i))) {
            return lastName(names, tokens, i) && free(taken, tokens.get(i).span().start(), tokens.get(i).span().end())
                    ? i + 1 : i;
        }
        for (int end = Math.min(tokens.size(), i + longest); end > i; end--) {
            if (names.containsKey(words(tokens, i, end)) && free(taken, tokens.get(i).span().start(),
                    tokens.get(end - 1).span().end())) {
                return end;
            }
        }
        return i;
    }

    /** Two to six capital letters or digits, at least two capitals, whatever the tag: "DAB", "WHO", "M5S". */
    static boolean capitals(Token token) {
        String text = token.text();
        return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9') && text.chars().filter(c -> c >= 'A' && c <= 'Z').count() >= 2;
    }

    /**
     * A person's last name tagged a common noun or an adjective ("the Cruise video", "knew Devocht"): a capital
     * inside the sentence is enough.
     */
    private static boolean lastName(Map<List<String>, ActorKey> names, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        ActorKey key = names.get(List.of(token.text()));
        return i > 0 && key != null && key.kind() == ActorKind.PERSON && Character.isUpperCase(token.text().charAt(0))
                && (token.pos().startsWith("NN") || token.pos().startsWith("JJ"));
    }

    /** No mention found before overlaps the span, but a state inside it ("Canada" in "Environment Canada"). */
    private static boolean free(List<Candidate> taken, int start, int end) {
        return taken.stream().noneMatch(c -> c.start() < end && start < c.end()
                && !(c.key().code() != null && start <= c.start() && c.end() <= end
                && end - start > c.end() - c.start()));
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            words.add(tokens.get(i).text());
        }
        return words;
    }
}
