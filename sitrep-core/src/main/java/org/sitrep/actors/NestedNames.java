package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A name inside the name of an organisation or a building is a name of its own: "Texas" in "University of
 * Texas", "Andy Warhol" in "Andy Warhol Foundation". CoreNLP tags the whole name and not the one in it, so the
 * inner names are those the document names on their own elsewhere: an unknown person or place found as a name,
 * or a place CoreNLP tags (a location, city or province). A state inside a name is left to the dictionary,
 * which gives it its code.
 */
final class NestedNames {

    private static final Set<String> PLACE_LABELS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");

    private NestedNames() {
    }

    /** The names nested in the unknown organisations and buildings among {@code found}. */
    static List<Candidate> find(AnnotatedText text, List<Candidate> found, ActorDictionary dictionary) {
        Map<List<String>, ActorKey> known = new HashMap<>();
        for (Candidate c : found) {
            // organisations inside names are mostly products and events ("Mozilla Firefox"): left out
            if (c.name() && !c.modifier() && c.key().code() == null && c.key().kind() != ActorKind.ORGANISATION) {
                known.putIfAbsent(List.of(text.text().substring(c.start(), c.end()).split("\\s+")), c.key());
            }
        }
        for (Entity e : text.entities()) {
            List<String> words = List.of(e.text().split("\\s+"));
            if (PLACE_LABELS.contains(e.type()) && !stateOrCapital(words, dictionary)) {
                known.putIfAbsent(words, new ActorKey(null, null, null, ActorKind.OTHER, e.text()));
            }
        }
        int longest = known.keySet().stream().mapToInt(List::size).max().orElse(0);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            boolean holder = c.name() && c.key().code() == null && (c.key().kind() == ActorKind.ORGANISATION
                    || c.key().kind() == ActorKind.OTHER);
            if (holder) {
                inside(tokens(text, c), known, longest, c, found, out);
            }
        }
        return out;
    }

    private static void inside(List<Token> tokens, Map<List<String>, ActorKey> known, int longest,
                               Candidate holder, List<Candidate> found, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int end = Math.min(tokens.size(), i + longest); end > i; end--) {
                List<String> words = tokens.subList(i, end).stream().map(Token::text).toList();
                int start = tokens.get(i).span().start();
                int stop = tokens.get(end - 1).span().end();
                boolean whole = start == holder.start() && stop == holder.end();
                ActorKey key = known.get(words);
                if (!whole && key != null && !key.equals(holder.key()) && !taken(found, out, start, stop)) {
                    out.add(new Candidate(key, start, stop, true, false));
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /** Whether a name the dictionary knows (a state, a capital) is the whole phrase. */
    private static boolean stateOrCapital(List<String> words, ActorDictionary dictionary) {
        return dictionary.findInTokens(words).stream()
                .anyMatch(m -> !m.actors().isEmpty() && m.start() == 0 && m.end() == words.size());
    }

    /** Whether a name already found, other than the whole holder, overlaps the span. */
    private static boolean taken(List<Candidate> found, List<Candidate> out, int start, int end) {
        return found.stream().anyMatch(c -> c.name() && c.start() < end && start < c.end()
                && !(c.start() <= start && end <= c.end() && (c.start() < start || end < c.end())))
                || out.stream().anyMatch(c -> c.start() < end && start < c.end());
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
