package org.sitrep.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorSet;

/**
 * What "it" stands for when the text has named no one yet: the one actor the headline names on its own.
 * "China, Iran, Pakistan and Russia Statement Sharply Critical of the Taliban Regime. The Hosting of ISIS
 * Terrorist Groups in Afghanistan", then "All four agree that it isn't doing enough": of the headline's
 * actors, the four states are a list, ISIS heads a plural ("Groups") and Afghanistan is a place ("in"); the
 * Taliban are what "it" can be. With no such actor, or more than one, nobody.
 */
final class TitleReferent {

    private static final Set<String> LOCATIVE = Set.of("in", "inside", "within", "across", "throughout", "at",
            "near", "into", "from", "to");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "with", "by", "over", "against",
            "after", "amid");
    /** The capitalised words of a headline's noun phrase right after a name: " Terrorist Groups". */
    private static final Pattern PHRASE = Pattern.compile("\\G((?:\\s+[A-Z][\\p{L}-]*)+)");

    private TitleReferent() {
    }

    /** The id of the one actor of the document the headline names alone and in the singular, if any. */
    static List<String> of(String title, ActorSet actors) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (TitleNames.At at : TitleNames.of(title, actors)) {
            if (alone(title, at.start(), at.end())) {
                found.add(at.actor().id());
            }
        }
        return found.size() == 1 ? List.copyOf(found) : List.of();
    }

    /** Neither in a list, nor a place after a preposition, nor the modifier of a plural noun. */
    private static boolean alone(String title, int start, int end) {
        String before = title.substring(0, start).stripTrailing();
        String after = title.substring(end);
        String lowerAfter = after.toLowerCase(Locale.ROOT);
        if (before.endsWith(",") || before.endsWith(" and") || lowerAfter.startsWith(",")
                || lowerAfter.startsWith(" and ") || lowerAfter.startsWith(" or ")) {
            return false;
        }
        String[] words = before.split("\\s+");
        if (LOCATIVE.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher phrase = PHRASE.matcher(after);
        if (phrase.lookingAt()) {
            String[] nouns = phrase.group(1).trim().split("\\s+");
            String last = nouns[nouns.length - 1];
            boolean plural = last.endsWith("s") && !last.endsWith("ss");
            return !plural || !nounPhraseEnds(after.substring(phrase.end()));
        }
        return true;
    }

    /**
     * Whether a headline's capitalised words end a noun phrase here: at the end, at punctuation or at a
     * preposition ("Terrorist Groups in"), not before an article or another lower-case word, where the last
     * of them was a verb ("Bolivia Criticises the ...").
     */
    private static boolean nounPhraseEnds(String rest) {
        String next = rest.stripLeading();
        if (next.isEmpty() || !Character.isLetter(next.charAt(0))) {
            return true;
        }
        String word = next.split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT);
        return LOCATIVE.contains(word) || PREPOSITIONS.contains(word);
    }
}
