package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * The report that closes a news sentence after its last comma: ", a UN official said on Monday", ", said a
 * spokesman for the prime minister", ", according to Pentagon sources". Whoever is named there reports the
 * sentence's acts and takes no part in them.
 *
 * <p>Read from the words, not the parse: the parser often hangs such a tail on a word of the act ("a UN
 * official" as an apposition of the last noun, "said spokesperson" as an adjective), which puts the reporter
 * among the act's parties. The tail is short, begins with the speech verb or "according to", or is a noun
 * phrase followed by a speech verb and then only time, place or manner words.
 */
final class ReportingTail {

    private static final Set<String> SPEECH = Set.of("say", "report", "tell", "announce", "add", "state",
            "claim", "confirm", "quote", "write", "disclose");
    private static final int LONGEST = 16;

    private ReportingTail() {
    }

    /** The token indices of the sentence's closing report, empty when it has none. */
    static Set<Integer> of(Parse parse) {
        List<Token> tokens = parse.sentence().tokens();
        int end = tokens.size();
        while (end > 0 && !Character.isLetterOrDigit(tokens.get(end - 1).text().charAt(0))) {
            end--; // the full stop and closing quotes
        }
        int comma = end - 1;
        while (comma >= 0 && !tokens.get(comma).text().equals(",")) {
            comma--;
        }
        int start = comma + 1;
        if (comma < 1 || end - start < 2 || end - start > LONGEST || !reports(tokens.subList(start, end))) {
            return Set.of();
        }
        return IntStream.range(start, end).boxed().collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The clauses the parser hung on the report's verb that lie before the report ("killed 23 people late
     * Sunday when they blew themselves up in Tel Aviv ..., police said", with the "when" clause on "said"):
     * they belong to the act the report hangs on.
     *
     * @param tail the report's token indices ({@link #of})
     * @param act the word the report hangs on
     * @return the tokens of those clauses, to read as part of the act's own clause
     */
    static List<Token> strays(Parse parse, Set<Integer> tail, Token act) {
        List<Token> out = new ArrayList<>();
        for (Token verb : parse.children(act, "parataxis")) {
            if (!tail.contains(verb.index())) {
                continue;
            }
            for (Dependency edge : parse.sentence().dependents(verb)) {
                Token child = parse.token(edge.dependent());
                if (!edge.extra() && !tail.contains(child.index()) && (edge.is("advcl") || edge.is("obl"))) {
                    out.addAll(parse.subtree(child, List.of(), null));
                }
            }
        }
        return out;
    }

    private static boolean reports(List<Token> words) {
        if (Parse.lower(words.get(0)).equals("according") && Parse.lower(words.get(1)).equals("to")) {
            return true;
        }
        if (speech(words.get(0))) {
            return true; // ", said a spokesman for ..."
        }
        for (int i = 1; i < words.size(); i++) {
            Token t = words.get(i);
            if (speech(t)) {
                // ", Palestinian residents said Sunday": a noun phrase before, no clause after
                boolean named = words.subList(0, i).stream().anyMatch(Parse::noun);
                return named && words.subList(i + 1, words.size()).stream()
                        .noneMatch(w -> Parse.verb(w) || Parse.lower(w).equals("that"));
            }
            if (Parse.verb(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean speech(Token t) {
        return Parse.verb(t) && !t.pos().equals("VBG") && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
