package org.sitrep.extract.body;

import java.util.List;
import java.util.Objects;

/**
 * Finds the main text of a Markdown rendering of a web page (or of plain text): the article's paragraphs
 * without the navigation, header labels and footer furniture the rendering kept. Thread-safe.
 *
 * <p>Markdown has no DOM, so the signals are per block: link density, length, finished sentences and
 * stock phrasing ({@link BoilerplatePhrases}). The densest contiguous run of prose is the article
 * ({@link ProseRun}); the furniture inside it is dropped. Plain text with no Markdown structure at all
 * is an article already and only has its paragraphs tidied.
 */
public final class MarkdownBodyExtractor {

    private final MarkdownBlockReader reader = new MarkdownBlockReader();

    /** Returns the article body as plain text, paragraphs separated by a blank line. */
    public String extract(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        List<Block> blocks = reader.read(markdown);
        if (blocks.isEmpty()) {
            return "";
        }
        if (isPlainText(markdown, blocks)) {
            return BodyAssembler.join(blocks);
        }
        return BodyAssembler.join(BodyAssembler.keep(ProseRun.withoutClusters(ProseRun.densest(blocks))));
    }

    /** Plain text: every block a plain paragraph and no link, heading or list syntax in the source. */
    private static boolean isPlainText(String source, List<Block> blocks) {
        for (Block block : blocks) {
            if (block.kind() != Block.Kind.PARAGRAPH || block.linkChars() > 0) {
                return false;
            }
        }
        return !source.contains("](") && !source.contains("**") && !source.contains("\\*");
    }
}
