package org.sitrep.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds the main text of a Markdown rendering of a web page (or of plain text): the article's paragraphs
 * without the navigation, header labels and footer furniture the rendering kept. Thread-safe.
 *
 * <p>Markdown has no DOM, so the signals are per block: link density, length, finished sentences and
 * stock phrasing ({@link BoilerplatePhrases}). The densest contiguous run of prose is the article
 * ({@link ProseRun}); the furniture inside it is dropped. Plain text (no Markdown syntax at all) is an
 * not parsed as Markdown, so nothing in it is taken for markup; when it is mostly prose it is an article
 * already and only its paragraphs are tidied.
 */
public final class MarkdownBodyExtractor {

    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile(
            "\\]\\(|!\\[|(?:^|\\s)(?:\\*\\*|__)[^\\s*_]|(?m)^#{1,6} \\S|\\\\[*_#\\[\\]`>-]"
                    + "|(?m)^\\[[^\\]]+\\]:\\s");
    private static final double MIN_PROSE_SHARE = 0.7;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private final MarkdownBlockReader reader = new MarkdownBlockReader();

    /** Returns the article body as plain text, paragraphs separated by a blank line. */
    public String extract(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        if (!looksLikeMarkdown(markdown)) {
            List<Block> paragraphs = plainParagraphs(markdown);
            if (isMostlyProse(paragraphs)) {
                return BodyAssembler.join(paragraphs);
            }
            return bodyOf(paragraphs);
        }
        return bodyOf(reader.read(markdown));
    }

    private static String bodyOf(List<Block> blocks) {
        return BodyAssembler.join(BodyAssembler.keep(ProseRun.withoutClusters(ProseRun.densest(blocks))));
    }

    /** An article in plain text is mostly running prose; a page flattened to text is mostly short lines. */
    private static boolean isMostlyProse(List<Block> blocks) {
        long prose = 0;
        long all = 0;
        for (Block block : blocks) {
            all += block.text().length();
            if (ProseRun.isProse(block)) {
                prose += block.text().length();
            }
        }
        return prose >= all * MIN_PROSE_SHARE;
    }

    /**
     * True when the text uses Markdown syntax: links or images, strong emphasis, ATX headings, escaped
     * punctuation or link references. Bullets, rules and angle brackets alone do not count, since plain
     * text uses them too.
     */
    static boolean looksLikeMarkdown(String text) {
        return MARKDOWN_SYNTAX.matcher(text).find();
    }

    /** Plain text: paragraphs are the runs of lines between blank lines, with separators left out. */
    private static List<Block> plainParagraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : BLANK_LINES.split(text)) {
            String collapsed = Texts.collapse(paragraph);
            if (!collapsed.isEmpty() && !BoilerplatePhrases.isSeparator(collapsed)) {
                blocks.add(new Block(collapsed, Block.Kind.PARAGRAPH, 0, 0));
            }
        }
        return blocks;
    }
}
