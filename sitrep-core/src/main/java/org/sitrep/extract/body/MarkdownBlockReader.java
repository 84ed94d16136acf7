package org.sitrep.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final int MIN_LINES_FOR_LAYOUT = 20;
    private static final double MAX_BLANK_SHARE = 0.05;

    private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)");
    private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "b", "br", "big", "cite", "code", "del",
            "dfn", "em", "font", "i", "iframe", "img", "ins", "kbd", "mark", "q", "s", "samp", "script", "small",
            "span", "strike", "strong", "style", "sub", "sup", "time", "u", "var", "wbr", "video", "audio",
            "source", "picture", "svg", "input", "button", "label", "noscript", "p", "div");

    private final Parser parser = Parser.builder().build();

    /** The blocks of {@code markdown} in reading order. */
    List<Block> read(String markdown) {
        List<Block> blocks = new ArrayList<>();
        collect(parser.parse(markdown), Block.Kind.PARAGRAPH, isLineOriented(markdown), blocks);
        return blocks;
    }

    /**
     * Some converters write one block per line and no blank lines at all; there every line is a block.
     * Elsewhere a line break inside a paragraph is only wrapping.
     */
    static boolean isLineOriented(String markdown) {
        int blank = 0;
        int filled = 0;
        for (String line : markdown.split("\n", -1)) {
            if (line.isBlank()) {
                blank++;
            } else {
                filled++;
            }
        }
        return filled >= MIN_LINES_FOR_LAYOUT && blank < filled * MAX_BLANK_SHARE;
    }

    private void collect(Node parent, Block.Kind kind, boolean byLine, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                add(node, kind, 0, byLine, blocks);
            } else if (node instanceof Heading heading) {
                add(node, Block.Kind.HEADING, heading.getLevel(), false, blocks);
            } else if (node instanceof ListItem) {
                collect(node, Block.Kind.LIST_ITEM, byLine, blocks);
            } else if (node instanceof BlockQuote) {
                collect(node, Block.Kind.QUOTE, byLine, blocks);
            } else if (node instanceof FencedCodeBlock code) {
                addText(code.getLiteral(), Block.Kind.CODE, 0, blocks);
            } else if (node instanceof IndentedCodeBlock code) {
                addText(code.getLiteral(), Block.Kind.CODE, 0, blocks);
            } else if (node instanceof ThematicBreak) {
                blocks.add(new Block("*", Block.Kind.PARAGRAPH, 0, 0));
            } else if (!(node instanceof HtmlBlock)) {
                collect(node, kind, byLine, blocks);
            }
        }
    }

    private static void addText(String raw, Block.Kind kind, int level, List<Block> blocks) {
        String text = Texts.collapse(raw);
        if (!text.isEmpty()) {
            blocks.add(new Block(text, kind, 0, level));
        }
    }

    /** Adds the text of a paragraph or heading; with {@code byLine}, each of its lines on its own. */
    private static void add(Node node, Block.Kind kind, int level, boolean byLine, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            boolean lineEnd = child instanceof SoftLineBreak || child instanceof HardLineBreak;
            if (byLine && lineEnd) {
                flush(text, linkChars, kind, level, blocks);
            } else {
                inlineNode(child, false, text, linkChars);
            }
        }
        flush(text, linkChars, kind, level, blocks);
    }

    private static void flush(StringBuilder text, int[] linkChars, Block.Kind kind, int level,
            List<Block> blocks) {
        String collapsed = Texts.collapse(text);
        if (!collapsed.isEmpty()) {
            blocks.add(new Block(collapsed, kind, Math.min(linkChars[0], collapsed.length()), level));
        }
        text.setLength(0);
        linkChars[0] = 0;
    }

    private static void inline(Node parent, boolean inLink, StringBuilder out, int[] linkChars) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inlineNode(node, inLink, out, linkChars);
        }
    }

    private static void inlineNode(Node node, boolean inLink, StringBuilder out, int[] linkChars) {
        if (node instanceof Text text) {
            append(text.getLiteral(), inLink, out, linkChars);
        } else if (node instanceof Code code) {
            append(code.getLiteral(), inLink, out, linkChars);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof Link) {
            inline(node, true, out, linkChars);
        } else if (node instanceof HtmlInline html) {
            if (!isHtmlTag(html.getLiteral())) {
                append(html.getLiteral(), inLink, out, linkChars);
            }
        } else if (!(node instanceof Image)) {
            inline(node, inLink, out, linkChars);
        }
    }

    /** Real markup is dropped; angle-bracketed text that only parses as a tag ("<The Palace>") is kept. */
    private static boolean isHtmlTag(String literal) {
        Matcher name = TAG_NAME.matcher(literal);
        return !name.lookingAt() || HTML_TAGS.contains(name.group(1).toLowerCase(Locale.ROOT));
    }

    private static void append(String literal, boolean inLink, StringBuilder out, int[] linkChars) {
        out.append(literal);
        if (inLink) {
            linkChars[0] += Texts.collapse(literal).length();
        }
    }
}
