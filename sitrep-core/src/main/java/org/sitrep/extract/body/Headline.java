package org.sitrep.extract.body;

import java.util.List;
import java.util.Locale;

/**
 * Recognises the headline at the top of an article container when it is not an {@code <h1>} (older layouts
 * use {@code <h2>} or a styled paragraph): a leading heading that repeats the page title is the headline,
 * and the body leaves it out.
 */
final class Headline {

    /** Shorter shared openings are chance ("The", "How to"), not a repeated headline. */
    private static final int MIN_SHARED_CHARS = 20;
    private static final double MIN_SHARED_SHARE = 0.6;

    private Headline() {
    }

    /** {@code blocks} without a first heading that repeats {@code pageTitle}. */
    static List<Block> dropLeading(List<Block> blocks, String pageTitle) {
        if (blocks.isEmpty() || blocks.get(0).kind() != Block.Kind.HEADING || pageTitle == null) {
            return blocks;
        }
        return repeats(blocks.get(0).text(), pageTitle) ? blocks.subList(1, blocks.size()) : blocks;
    }

    /**
     * True when heading and title open with the same words for most of the shorter one: titles add a site
     * name ("... | Site") and headings sometimes a clause the title was cut before.
     */
    static boolean repeats(String heading, String title) {
        String h = normalise(heading);
        String t = normalise(title);
        int shared = 0;
        while (shared < h.length() && shared < t.length() && h.charAt(shared) == t.charAt(shared)) {
            shared++;
        }
        return shared >= MIN_SHARED_CHARS && shared >= MIN_SHARED_SHARE * Math.min(h.length(), t.length());
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }
}
