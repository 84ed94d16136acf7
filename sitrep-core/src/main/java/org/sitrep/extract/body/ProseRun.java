package org.sitrep.extract.body;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the densest contiguous run of prose among a page's blocks, for input without a DOM (Markdown
 * renderings of whole pages). Prose blocks count for their length, furniture against it, short lines
 * a little against it; the run with the highest total (Kadane's maximum subarray) is the article, so a
 * stray long paragraph in the footer, cut off from the body by a wall of furniture, stays out.
 */
final class ProseRun {

    private static final int MIN_PROSE_WORDS = 8;
    private static final int LONG_PROSE_WORDS = 25;
    private static final int MIN_FURNITURE_COST = 40;
    private static final int MAX_NEUTRAL_COST = 30;
    private static final int MIN_CLUSTER = 4;
    private static final double BEFORE_TITLE_WEIGHT = 0.1;
    private static final double AFTER_COMMENTS_WEIGHT = 0.3;
    private static final int MIN_PROSE_BEFORE_END = 150;
    private static final int END_MARKER_COST = 400;

    private ProseRun() {
    }

    /** The densest run of {@code blocks} as a view of the list; empty when none holds prose. */
    static List<Block> densest(List<Block> blocks) {
        double[] values = weigh(blocks);
        double best = 0;
        double running = 0;
        int bestStart = 0;
        int bestEnd = 0;
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (running <= 0) {
                running = 0;
                start = i;
            }
            running += values[i];
            if (running > best) {
                best = running;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return blocks.subList(bestStart, bestEnd);
    }

    /**
     * Drops the clusters of short lines inside a run: a subheading or a short line between paragraphs
     * belongs to the article, but three or more in a row are a menu, a share bar or a teaser list that the
     * rendering flattened. The run's edges are trimmed to prose as well.
     */
    static List<Block> withoutClusters(List<Block> run) {
        List<Block> kept = new ArrayList<>(run.size());
        int i = 0;
        while (i < run.size()) {
            if (isProse(run.get(i))) {
                kept.add(run.get(i++));
                continue;
            }
            int end = i;
            while (end < run.size() && !isProse(run.get(end))) {
                end++;
            }
            boolean edge = i == 0 || end == run.size();
            if (!edge && end - i < MIN_CLUSTER) {
                kept.addAll(run.subList(i, end));
            }
            i = end;
        }
        return kept;
    }

    /**
     * The value of each block in its place. Prose before the first top-level heading (the headline) is
     * usually navigation or teasers and prose after the start of the comments is not the
     * article, so both count for less; the marker itself is a wall.
     */
    static double[] weigh(List<Block> blocks) {
        int title = firstTitle(blocks);
        double[] values = new double[blocks.size()];
        int proseSeen = 0;
        boolean ended = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            double value = value(block);
            if (proseSeen >= MIN_PROSE_BEFORE_END && BoilerplatePhrases.opensComments(block.text())) {
                ended = true;
                value = -END_MARKER_COST;
            } else if (value > 0) {
                proseSeen += (int) value;
                value *= i < title ? BEFORE_TITLE_WEIGHT : ended ? AFTER_COMMENTS_WEIGHT : 1;
            }
            values[i] = value;
        }
        return values;
    }

    /** The headline: the one top-level heading of the page, or -1 when there is none or several. */
    private static int firstTitle(List<Block> blocks) {
        int title = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.HEADING && block.level() == 1) {
                if (title >= 0) {
                    return -1;
                }
                title = i;
            }
        }
        return title;
    }

    /** What a block adds to a run: its length when prose, a cost when furniture or a short line. */
    static double value(Block block) {
        int length = block.text().length();
        if (BodyAssembler.isFurniture(block)) {
            return -Math.max(MIN_FURNITURE_COST, length);
        }
        if (isProse(block)) {
            return length;
        }
        return -Math.min(MAX_NEUTRAL_COST, length);
    }

    /** Running text: enough words, and a finished sentence unless it is long. */
    static boolean isProse(Block block) {
        if (block.kind() == Block.Kind.HEADING || block.kind() == Block.Kind.CODE) {
            return false;
        }
        int words = block.words();
        return words >= LONG_PROSE_WORDS || words >= MIN_PROSE_WORDS && Texts.endsSentence(block.text());
    }
}
