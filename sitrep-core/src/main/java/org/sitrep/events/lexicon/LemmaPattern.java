package org.sitrep.events.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A phrase of lower-case lemmas ({@code call on}, {@code hold talk with}), where the token {@code ...} stands for
 * a gap of zero to {@value #MAX_GAP} words, so that "pulled its troops out" matches {@code pull ... out} and
 * "held lengthy talks" matches {@code hold ... talk}; a hyphen inside a compound counts as no word ("called off
 * a four-day strike").
 *
 * @param tokens the lemmas and gaps; never starts or ends with a gap, never has two gaps in a row
 */
public record LemmaPattern(List<String> tokens) {

    /** The gap token. */
    public static final String GAP = "...";
    /** The most words a gap may skip. */
    public static final int MAX_GAP = 4;
    private static final Set<String> HYPHENS = Set.of("-", "\u2010", "\u2011");

    private static final Pattern WORD = Pattern.compile("'?[\\p{Ll}\\p{Nd}][\\p{Ll}\\p{Nd}'.\\-]*|n't");

    public LemmaPattern {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        if (tokens.get(0).equals(GAP) || tokens.get(tokens.size() - 1).equals(GAP)) {
            throw new IllegalArgumentException("a pattern cannot start or end with " + GAP + ": " + tokens);
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals(GAP)) {
                if (tokens.get(i - 1).equals(GAP)) {
                    throw new IllegalArgumentException("two gaps in a row: " + tokens);
                }
            } else if (!WORD.matcher(t).matches()) {
                throw new IllegalArgumentException("not a lower-case word: '" + t + "' in " + tokens);
            }
        }
    }

    /** Parses a space-separated phrase, lower-casing it. */
    public static LemmaPattern parse(String phrase) {
        String trimmed = phrase.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        return new LemmaPattern(List.of(trimmed.split("\\s+")));
    }

    /** The first word, by which patterns are indexed. */
    public String head() {
        return tokens.get(0);
    }

    /** How many words (not gaps) the pattern has: the measure of "longest". */
    public int wordCount() {
        return (int) tokens.stream().filter(t -> !t.equals(GAP)).count();
    }

    /**
     * Matches this pattern at {@code from}, with the shortest gaps that work.
     *
     * @return the end (exclusive) of the match, or -1
     */
    public int matchAt(List<String> words, int from) {
        int[] positions = positionsAt(words, from);
        return positions == null ? -1 : positions[positions.length - 1] + 1;
    }

    /**
     * Matches this pattern at {@code from} and tells where each of its words (not gaps) was found.
     *
     * @return the word positions in pattern order, or null when it does not match
     */
    public int[] positionsAt(List<String> words, int from) {
        int[] positions = new int[wordCount()];
        return matchFrom(0, 0, words, from, positions) ? positions : null;
    }

    private boolean matchFrom(int ti, int pi, List<String> words, int wi, int[] positions) {
        if (ti == tokens.size()) {
            return true;
        }
        String t = tokens.get(ti);
        if (!t.equals(GAP)) {
            if (wi < words.size() && t.equals(words.get(wi))) {
                positions[pi] = wi;
                return matchFrom(ti + 1, pi + 1, words, wi + 1, positions);
            }
            return false;
        }
        int skipped = 0;
        for (int skip = 0; wi + skip < words.size(); skip++) {
            if (matchFrom(ti + 1, pi, words, wi + skip, positions)) {
                return true;
            }
            String w = words.get(wi + skip);
            if (HYPHENS.contains(w)) {
                continue; // "a four-day strike": a hyphen joins a compound, neither a break nor a word
            }
            if (!isWord(w) || ++skipped > MAX_GAP) {
                return false; // gaps never cross punctuation
            }
        }
        return false;
    }

    private static boolean isWord(String w) {
        return w.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @Override
    public String toString() {
        return String.join(" ", tokens);
    }
}
