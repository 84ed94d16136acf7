package org.sitrep.extract.body;

import java.util.Objects;

/**
 * One block of a page in reading order: a paragraph, heading, list item, quotation, code block or table row, with
 * its plain text (inline whitespace collapsed) and how much of that text sat inside links.
 *
 * @param text the block's text, never blank
 * @param kind what the block is
 * @param linkChars characters of {@code text} that were link text
 * @param level heading level 1-6 for headings, 0 otherwise
 */
record Block(String text, Kind kind, int linkChars, int level) {

    /** What a block is in the page's structure. */
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CODE, TABLE_ROW }

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank block text");
        }
        if (linkChars < 0 || level < 0 || level > 6) {
            throw new IllegalArgumentException("bad block counts: links=" + linkChars + " level=" + level);
        }
    }

    /** Share of the text that is link text, from 0 to 1. */
    double linkDensity() {
        return Math.min(1.0, linkChars / (double) text.length());
    }

    /** Number of words, counted as runs of letters or digits. */
    int words() {
        return Texts.countWords(text);
    }
}
