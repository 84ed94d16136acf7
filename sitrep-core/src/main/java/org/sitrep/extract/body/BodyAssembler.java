package org.sitrep.extract.body;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the blocks of an article container into the final body: drops blocks that are furniture by their
 * phrasing or link density, the headline, separators and headings left with nothing under them, mends
 * sentences that a rendering broke over two paragraphs, and joins the rest with blank lines.
 */
final class BodyAssembler {

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final double MAX_LIST_LINK_DENSITY = 0.3;
    /** Embedded posts (a tweet with its links) and table rows (names linked) are worth keeping. */
    private static final double MAX_QUOTE_LINK_DENSITY = 0.8;
    private static final double SHORT_LINK_DENSITY = 0.25;
    private static final int SHORT_WORDS = 15;
    /** A long list item is a linked headline with its summary, as in a round-up, not a link list. */
    private static final int LONG_ITEM_WORDS = 25;
    private static final double MAX_LONG_ITEM_LINK_DENSITY = 0.65;

    private BodyAssembler() {
    }

    /** True when a block is furniture on its own merits, wherever it stands. */
    static boolean isFurniture(Block block) {
        String text = block.text();
        if (BoilerplatePhrases.isSeparator(text) || BoilerplatePhrases.isBoilerplate(text)
                || block.kind() != Block.Kind.TABLE_ROW && BoilerplatePhrases.isDateLine(text)) {
            return true;
        }
        if (block.kind() == Block.Kind.HEADING && block.level() == 1) {
            return true;
        }
        double density = block.linkDensity();
        if (block.kind() == Block.Kind.HEADING) {
            return density > MAX_LIST_LINK_DENSITY;
        }
        if (block.kind() == Block.Kind.QUOTE || block.kind() == Block.Kind.TABLE_ROW) {
            return density > MAX_QUOTE_LINK_DENSITY;
        }
        int words = block.words();
        if (block.kind() == Block.Kind.LIST_ITEM && words >= LONG_ITEM_WORDS) {
            return density > MAX_LONG_ITEM_LINK_DENSITY;
        }
        return density > MAX_LINK_DENSITY || density > SHORT_LINK_DENSITY && words < SHORT_WORDS;
    }

    /** The blocks worth keeping, in order, with dangling headings removed. */
    static List<Block> keep(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (!isFurniture(block)) {
                kept.add(block);
            }
        }
        return dropDanglingHeadings(kept);
    }

    private static List<Block> dropDanglingHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean heading = block.kind() == Block.Kind.HEADING;
            boolean followedByText = i + 1 < blocks.size() && blocks.get(i + 1).kind() != Block.Kind.HEADING;
            if (!heading || followedByText) {
                out.add(block);
            }
        }
        return out;
    }

    /**
     * Joins blocks with blank lines. A paragraph that ends without closing punctuation and is followed by
     * one starting in lower case is one sentence cut in two, so those two are joined with a space.
     */
    static String join(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                boolean mend = previous.kind() == Block.Kind.PARAGRAPH && block.kind() == Block.Kind.PARAGRAPH
                        && !Texts.endsSentence(previous.text()) && Texts.startsLowerCase(block.text());
                out.append(mend ? " " : "\n\n");
            }
            out.append(block.text());
            previous = block;
        }
        return out.toString();
    }
}
