package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the pieces CoreNLP sees one at a time, so memory stays bounded on very long documents.
 * A piece ends at the last paragraph break that fits, else the last line break, else the last sentence end,
 * else the last space; a piece that had to end at a space or in a word says so, because a sentence may have
 * been cut there.
 */
final class TextChunker {

    /** Where a piece ends. */
    enum Cut {
        /** At the end of the (annotated part of the) text. */
        END,
        /** After a blank line. */
        PARAGRAPH,
        /** After a line break. */
        LINE,
        /** After ". ", "? " or "! ". */
        SENTENCE,
        /** After a space inside a sentence. */
        SPACE,
        /** Inside a word: no space in a whole piece. */
        WORD;

        /** Whether a sentence may have been cut in two here. */
        boolean breaksSentence() {
            return this == SPACE || this == WORD;
        }
    }

    /** One piece of text: {@code [start, end)} and how it ends. */
    record Chunk(int start, int end, Cut cut) {
    }

    private TextChunker() {
    }

    /**
     * The pieces of {@code text} up to {@code limit}, each at most {@code size} chars, covering
     * {@code [0, limit)} without gaps, never splitting a surrogate pair.
     */
    static List<Chunk> chunks(String text, int limit, int size) {
        if (limit < 0 || limit > text.length() || size < 2) {
            throw new IllegalArgumentException("need 0 <= limit <= " + text.length() + " and size >= 2: limit "
                    + limit + ", size " + size);
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < limit) {
            Chunk chunk = limit - start <= size ? new Chunk(start, limit, Cut.END) : next(text, start, start + size);
            chunks.add(chunk);
            start = chunk.end();
        }
        return chunks;
    }

    /** The longest good piece starting at {@code start} and ending at most at {@code max}. */
    private static Chunk next(String text, int start, int max) {
        int paragraph = text.lastIndexOf("\n\n", max - 2);
        if (paragraph > start) {
            return new Chunk(start, paragraph + 2, Cut.PARAGRAPH);
        }
        int line = text.lastIndexOf('\n', max - 1);
        if (line > start) {
            return new Chunk(start, line + 1, Cut.LINE);
        }
        int sentence = lastSentenceEnd(text, start, max);
        if (sentence > start) {
            return new Chunk(start, sentence, Cut.SENTENCE);
        }
        for (int i = max - 1; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return new Chunk(start, i + 1, Cut.SPACE);
            }
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return new Chunk(start, end, Cut.WORD);
    }

    /** The index just after the last ". ", "? " or "! " ending at most at {@code max}, or -1. */
    private static int lastSentenceEnd(String text, int start, int max) {
        for (int i = max - 2; i > start; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 2;
            }
        }
        return -1;
    }
}
