package org.sitrep.nlp;

/**
 * Bounds that keep one document from taking unbounded time or memory. They do not change the models, so they
 * are not part of {@link NlpConfig}.
 *
 * @param maxChars characters of a text annotated at most; the rest is left out and reported
 * @param chunkChars the text is annotated in chunks of whole paragraphs of about this many characters, so a
 *     10,000-sentence document never sits in CoreNLP at once; a longer paragraph is cut at a line or
 *     sentence end, or at a space as a last resort (reported)
 * @param maxParseTokens sentences with more tokens are not parsed (reported); parsing is the part whose cost
 *     and value suffer most on run-on "sentences" such as tables
 */
public record NlpLimits(int maxChars, int chunkChars, int maxParseTokens) {

    public NlpLimits {
        if (maxChars < 1 || chunkChars < 1 || maxParseTokens < 1) {
            throw new IllegalArgumentException("limits must be positive: maxChars " + maxChars + ", chunkChars "
                    + chunkChars + ", maxParseTokens " + maxParseTokens);
        }
    }

    /** Two million characters (about 300,000 words), chunks of 20,000 characters, parses up to 120 tokens. */
    public static NlpLimits defaults() {
        return new NlpLimits(2_000_000, 20_000, 120);
    }
}
