package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over lower-cased tokens holding every alias and role phrase, for exact lookups and for finding the
 * longest phrases in a token sequence. Built once in the constructor and never changed, so it can be shared
 * between threads.
 */
final class PhraseTrie {

    /** A run of tokens {@code [from, to)} and what the dictionary says about it. */
    record Hit(int from, int to, List<AliasMatch> actors, List<Role> roles) {
    }

    private record Phrase(List<String> tokens, Object value) {
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private final List<Phrase> phrases = new ArrayList<>();
    }

    private final Node root = new Node();

    PhraseTrie(Collection<ActorEntry> entries, Collection<Role> roles) {
        for (ActorEntry entry : entries) {
            for (Alias alias : entry.aliases()) {
                add(alias.text(), new AliasMatch(entry, alias));
            }
        }
        for (Role role : roles) {
            add(role.phrase(), role);
        }
    }

    private void add(String phrase, Object value) {
        List<String> tokens = words(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (String token : tokens) {
            node = node.next.computeIfAbsent(PhraseTokenizer.key(token), k -> new Node());
        }
        node.phrases.add(new Phrase(tokens, value));
    }

    /** The normalised tokens of a phrase, without a leading "the": "the Kremlin" is filed as "Kremlin". */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (PhraseTokenizer.Token token : PhraseTokenizer.tokenize(phrase)) {
            words.add(token.text());
        }
        if (words.size() > 1 && PhraseTokenizer.key(words.get(0)).equals("the")) {
            words.remove(0);
        }
        return words;
    }

    /** What the whole phrase names, or an empty hit when it is not in the dictionary. */
    Hit exact(String phrase) {
        List<String> tokens = words(phrase);
        Hit hit = tokens.isEmpty() ? null : match(tokens, 0, tokens.size());
        return hit != null && hit.to() == tokens.size() ? hit : new Hit(0, 0, List.of(), List.of());
    }

    /** The longest phrases, left to right, not overlapping. */
    List<Hit> longestMatches(List<String> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit hit = match(tokens, i, tokens.size());
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.to();
            }
        }
        return hits;
    }

    /** The longest phrase starting at {@code from} and ending at or before {@code limit}, or null. */
    private Hit match(List<String> tokens, int from, int limit) {
        Node node = root;
        Hit best = null;
        for (int j = from; j < limit; j++) {
            node = node.next.get(PhraseTokenizer.key(tokens.get(j)));
            if (node == null) {
                break;
            }
            List<AliasMatch> actors = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            for (Phrase phrase : node.phrases) {
                if (sameWords(tokens.subList(from, j + 1), phrase.tokens())) {
                    if (phrase.value() instanceof AliasMatch actor && !hasEntry(actors, actor.entry())) {
                        actors.add(actor);
                    } else if (phrase.value() instanceof Role role) {
                        roles.add(role);
                    }
                }
            }
            if (!actors.isEmpty() || !roles.isEmpty()) {
                best = new Hit(from, j + 1, List.copyOf(actors), List.copyOf(roles));
            }
        }
        return best;
    }

    /** One entry per hit: "USA" and "U.S.A." of the same entry count once. */
    private static boolean hasEntry(List<AliasMatch> actors, ActorEntry entry) {
        return actors.stream().anyMatch(a -> a.entry().id().equals(entry.id()));
    }

    private static boolean sameWords(List<String> text, List<String> dictionary) {
        for (int i = 0; i < text.size(); i++) {
            if (!PhraseTokenizer.sameWord(text.get(i), dictionary.get(i))) {
                return false;
            }
        }
        return true;
    }
}
