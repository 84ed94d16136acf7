package org.sitrep.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the article containers of a page into blocks in reading order. Block-level tags (and two line
 * breaks in a row) end a block; inline tags run on. Invisible elements and furniture are skipped whole.
 * One reader serves one page; it is not thread-safe.
 */
final class HtmlBlockReader {

    private final PageStats stats;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private Block.Kind kind = Block.Kind.PARAGRAPH;
    private int level;
    private boolean lastWasBreak;

    HtmlBlockReader(PageStats stats) {
        this.stats = stats;
    }

    /** The blocks of {@code roots}, in order. */
    List<Block> read(List<Element> roots) {
        for (Element root : roots) {
            walk(root, Block.Kind.PARAGRAPH, 0, false);
            flush();
        }
        return List.copyOf(blocks);
    }

    private void walk(Element element, Block.Kind outerKind, int outerLevel, boolean inLink) {
        PageStats.Stat stat = stats.get(element);
        if (stat == null || stat.furniture) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            if (lastWasBreak) {
                flush();
            }
            text.append(' ');
            lastWasBreak = true;
            return;
        }
        if (tag.equals("td") || tag.equals("th")) {
            text.append(' ');
        }
        boolean block = PageStats.BLOCK_TAGS.contains(tag) && !tag.equals("td") && !tag.equals("th");
        Block.Kind innerKind = block ? kindOf(tag, outerKind) : outerKind;
        int innerLevel = innerKind == Block.Kind.HEADING && tag.length() == 2 && tag.charAt(0) == 'h'
                ? tag.charAt(1) - '0' : outerLevel;
        if (block) {
            flush();
        }
        boolean link = inLink || tag.equals("a");
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                append(textNode.getWholeText(), innerKind, innerLevel, link);
            } else if (child instanceof Element childElement) {
                walk(childElement, innerKind, innerLevel, link);
            }
        }
        if (block) {
            flush();
        }
    }

    private static Block.Kind kindOf(String tag, Block.Kind outer) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            case "pre" -> Block.Kind.CODE;
            case "tr" -> Block.Kind.TABLE_ROW;
            default -> outer == Block.Kind.HEADING ? Block.Kind.PARAGRAPH : outer;
        };
    }

    private void append(String raw, Block.Kind innerKind, int innerLevel, boolean link) {
        if (raw.isBlank()) {
            text.append(' ');
            return;
        }
        kind = innerKind;
        level = innerLevel;
        lastWasBreak = false;
        text.append(raw);
        if (link) {
            linkChars += Texts.collapse(raw).length();
        }
    }

    private void flush() {
        String collapsed = Texts.collapse(text);
        if (!collapsed.isEmpty()) {
            int level1 = kind == Block.Kind.HEADING ? Math.max(1, level) : 0;
            blocks.add(new Block(collapsed, kind, Math.min(linkChars, collapsed.length()), level1));
        }
        text.setLength(0);
        linkChars = 0;
        kind = Block.Kind.PARAGRAPH;
        level = 0;
        lastWasBreak = false;
    }
}
