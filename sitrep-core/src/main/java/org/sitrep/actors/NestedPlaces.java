package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A place named inside the name of an organisation or a building is a name of its own: "Texas" in "University
 * of Texas", "Toronto" in "Toronto Star", "Greensboro" in "UNC Greensboro". CoreNLP tags the whole name and not
 * the place in it, so the places are those the document names on their own elsewhere (tagged a location, city
 * or province). A state inside a name is left to the dictionary, which gives it its code.
 */
final class NestedPlaces {

    private static final Set<String> PLACE_LABELS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");

    private NestedPlaces() {
    }

    /** The places nested in the unknown organisations and buildings among {@code found}. */
    static List<Candidate> find(AnnotatedText text, List<Candidate> found, ActorDictionary dictionary) {
        Set<List<String>> places = new HashSet<>();
        int longest = 0;
        for (Entity e : text.entities()) {
            List<String> words = List.of(e.text().split("\\s+"));
            if (PLACE_LABELS.contains(e.type()) && !known(words, dictionary)) {
                places.add(words);
                longest = Math.max(longest, words.size());
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (places.isEmpty()) {
            return out;
        }
        for (Candidate c : found) {
            boolean holder = c.name() && c.key().code() == null && (c.key().kind() == ActorKind.ORGANISATION
                    || c.key().kind() == ActorKind.OTHER);
            if (holder) {
                inside(tokens(text, c), places, longest, c, found, out);
            }
        }
        return out;
    }

    private static void inside(List<Token> tokens, Set<List<String>> places, int longest, Candidate holder,
                               List<Candidate> found, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int end = Math.min(tokens.size(), i + longest); end > i; end--) {
                List<String> words = tokens.subList(i, end).stream().map(Token::text).toList();
                int start = tokens.get(i).span().start();
                int stop = tokens.get(end - 1).span().end();
                boolean whole = start == holder.start() && stop == holder.end();
                if (!whole && places.contains(words) && !taken(found, out, start, stop)) {
                    out.add(new Candidate(new ActorKey(null, null, null, ActorKind.OTHER, String.join(" ", words)),
                            start, stop, true, false));
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /** Whether a name the dictionary knows (a state, a capital) is the whole phrase. */
    private static boolean known(List<String> words, ActorDictionary dictionary) {
        return dictionary.findInTokens(words).stream()
                .anyMatch(m -> !m.actors().isEmpty() && m.start() == 0 && m.end() == words.size());
    }

    private static boolean taken(List<Candidate> found, List<Candidate> out, int start, int end) {
        return found.stream().anyMatch(c -> c.start() == start && c.end() == end)
                || out.stream().anyMatch(c -> c.start() == start && c.end() == end);
    }

    /** The tokens of the sentence inside the candidate's span. */
    private static List<Token> tokens(AnnotatedText text, Candidate c) {
        for (Sentence s : text.sentences()) {
            if (s.span().start() <= c.start() && c.end() <= s.span().end()) {
                return s.tokens().stream()
                        .filter(t -> c.start() <= t.span().start() && t.span().end() <= c.end()).toList();
            }
        }
        return List.of();
    }
}
