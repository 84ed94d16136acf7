package org.sitrep.extract.body;

/** Small text helpers shared by the HTML and Markdown readers. */
final class Texts {

    private Texts() {
    }

    /** Collapses runs of whitespace (non-breaking and zero-width spaces included) to one space and trims. */
    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200b' || c == '\u200c' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Counts words as runs of letters or digits. Chinese and Japanese write no spaces, so there every two
     * ideographs or kana count as one word, about what a word is in those scripts.
     */
    static int countWords(CharSequence text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnspacedScript(c)) {
                unspaced++;
                inWord = false;
                continue;
            }
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words + unspaced / 2;
    }

    private static boolean isUnspacedScript(char c) {
        return c >= '\u3040' && c <= '\u30ff' || c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }

    /** Counts commas (Latin and CJK), a cue that a block is running prose. */
    static int countCommas(CharSequence text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001') {
                commas++;
            }
        }
        return commas;
    }

    /** True when the text ends like a finished sentence (closing quotes and brackets ignored). */
    static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("\"'\u201d\u2019)]*_".indexOf(c) >= 0) {
                continue;
            }
            return ".!?:;\u2026\u3002\uff01\uff1f".indexOf(c) >= 0;
        }
        return false;
    }

    /** True when the text starts with a lower-case letter, as a sentence cut in two does. */
    static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }
}
