package org.sitrep.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into the tokens that aliases are matched on, so that dictionary aliases and article text are
 * cut the same way. Hyphens, dashes and periods separate words and vanish ("al-Qaeda" = "al Qaeda",
 * "ISIS-K" = "ISIS K", "St. Lucia" = "St Lucia"); periods and apostrophes inside a word vanish ("U.S." =
 * "US", "Qa'ida" = "Qaida"); accents
 * vanish ("Côte" = "Cote"); a possessive "'s" is its own token; any other punctuation is a token of its own,
 * so a phrase never matches across a comma; a lone apostrophe vanishes ("Workers' Party" = "Workers
 * Party"). Case is kept: {@link #sameWord} decides when it matters.
 */
final class PhraseTokenizer {

    /** One token: its normalised text and where it came from in the input. */
    record Token(String text, int start, int end) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private PhraseTokenizer() {
    }

    /** The tokens of the text, with UTF-16 offsets into it. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || isDash(c) || c == '.') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, tokens);
            } else if (isApostrophe(c) && isPossessive(text, i)) {
                tokens.add(new Token("'s", i, i + 2));
                i += 2;
            } else if (isApostrophe(c)) {
                i++; // a plural possessive or a quote mark: "Workers' Party" = "Workers Party"
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
            }
        }
        return tokens;
    }

    private static int word(String text, int start, List<Token> tokens) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean inner = (c == '.' || isApostrophe(c)) && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1)) && !isPossessive(text, i);
            if (!Character.isLetterOrDigit(c) && !inner) {
                break;
            }
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.' && ACRONYM.matcher(text.substring(start, i)).matches()) {
            i++; // the closing period of "U.S." belongs to the acronym
        }
        tokens.add(new Token(normalise(text.substring(start, i)), start, i));
        return i;
    }

    private static boolean isPossessive(String text, int i) {
        if (!isApostrophe(text.charAt(i)) || i + 1 >= text.length()) {
            return false;
        }
        char s = text.charAt(i + 1);
        boolean followedByWord = i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2));
        return (s == 's' || s == 'S') && !followedByWord;
    }

    private static String normalise(String word) {
        boolean ascii = word.chars().allMatch(c -> c < 128);
        String plain = ascii ? word : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != '.' && !isApostrophe(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BB' || c == '\u02BC';
    }

    /** The key a token is filed under: its lower-case form. */
    static String key(String token) {
        return token.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a text token can stand for a dictionary token. Case matters one way only: a capital in the
     * dictionary must be a capital in the text ("US" is not "us", "Turkey" is not "turkey"), but a text
     * token may be capitalised at a sentence start ("Al-Qaeda" for "al-Qaeda") or written all in capitals
     * in a headline ("PAKISTAN").
     */
    static boolean sameWord(String text, String dictionary) {
        if (text.equals(dictionary)) {
            return true;
        }
        if (!key(text).equals(key(dictionary))) {
            return false;
        }
        if (text.chars().noneMatch(Character::isLowerCase)) {
            return true;
        }
        boolean capitalised = Character.isLowerCase(dictionary.charAt(0))
                && Character.isUpperCase(text.charAt(0))
                && text.substring(1).equals(dictionary.substring(1));
        return capitalised;
    }
}
