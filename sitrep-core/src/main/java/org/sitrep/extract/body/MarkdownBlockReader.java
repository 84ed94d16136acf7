package org.sitrep.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown (or plain text, which parses as plain paragraphs) into blocks: paragraphs, headings,
 * list items, quotations and code, with link text kept as text and images, raw HTML and emphasis markers
 * gone. A thematic break becomes a one-character separator block so that later steps can see it.
 * Thread-safe: the commonmark parser is immutable.
 */
final class MarkdownBlockReader {

    private final Parser parser = Parser.builder().build();

    /** The blocks of {@code markdown} in reading order. */
    List<Block> read(String markdown) {
        List<Block> blocks = new ArrayList<>();
        collect(parser.parse(markdown), Block.Kind.PARAGRAPH, blocks);
        return blocks;
    }

    private void collect(Node parent, Block.Kind kind, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                add(node, kind, 0, blocks);
            } else if (node instanceof Heading heading) {
                add(node, Block.Kind.HEADING, heading.getLevel(), blocks);
            } else if (node instanceof ListItem) {
                collect(node, Block.Kind.LIST_ITEM, blocks);
            } else if (node instanceof BlockQuote) {
                collect(node, Block.Kind.QUOTE, blocks);
            } else if (node instanceof FencedCodeBlock code) {
                addText(code.getLiteral(), Block.Kind.CODE, 0, blocks);
            } else if (node instanceof IndentedCodeBlock code) {
                addText(code.getLiteral(), Block.Kind.CODE, 0, blocks);
            } else if (node instanceof ThematicBreak) {
                blocks.add(new Block("*", Block.Kind.PARAGRAPH, 0, 0));
            } else if (!(node instanceof HtmlBlock)) {
                collect(node, kind, blocks);
            }
        }
    }

    private static void addText(String raw, Block.Kind kind, int level, List<Block> blocks) {
        String text = Texts.collapse(raw);
        if (!text.isEmpty()) {
            blocks.add(new Block(text, kind, 0, level));
        }
    }

    private static void add(Node node, Block.Kind kind, int level, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        inline(node, false, text, linkChars);
        String collapsed = Texts.collapse(text);
        if (!collapsed.isEmpty()) {
            blocks.add(new Block(collapsed, kind, Math.min(linkChars[0], collapsed.length()), level));
        }
    }

    private static void inline(Node parent, boolean inLink, StringBuilder out, int[] linkChars) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                append(text.getLiteral(), inLink, out, linkChars);
            } else if (node instanceof Code code) {
                append(code.getLiteral(), inLink, out, linkChars);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else if (node instanceof Link) {
                inline(node, true, out, linkChars);
            } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                inline(node, inLink, out, linkChars);
            }
        }
    }

    private static void append(String literal, boolean inLink, StringBuilder out, int[] linkChars) {
        out.append(literal);
        if (inLink) {
            linkChars[0] += Texts.collapse(literal).length();
        }
    }
}
