package org.sitrep.bench.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the tokens of Python's {@code re.findall(r'\w+', text)} on a {@code str}: maximal runs
 * of word characters. Thread-safe and stateless.
 *
 * <p>Python's {@code \w} is {@code str.isalnum()} or {@code '_'}, which is exactly the Unicode general
 * categories L* (letters, modifier letters included) and N* (decimal digits, letter numbers such as Roman
 * numerals, other numbers such as superscripts and circled digits) plus the underscore. It does
 * <em>not</em> match combining marks (Mn, Mc, Me) nor other connector punctuation, so a decomposed
 * {@code "e\u0301"} yields {@code "e"}. Java's {@code Pattern.UNICODE_CHARACTER_CLASS} differs on both
 * counts, hence this code-point loop. Java 17 knows Unicode 13 and Python 3.11 Unicode 14: code points
 * assigned in between are not word characters here.
 */
public final class WordTokenizer {

    /** Returns the word tokens of {@code text} in order; {@code null} counts as empty, as in score.py. */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Whether Python's {@code \w} matches the code point {@code cp}. */
    public static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
