package org.sitrep.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article text. Every paragraph-like block outside furniture scores by
 * its length and commas, damped by its link density, and hands its score to its ancestors (less the
 * further up). The best-scoring ancestor wins; siblings that also carry prose join it, since articles are
 * often split into several containers by ads or embeds. One locator serves one page (it adds its scores
 * to that page's {@link PageStats}); not thread-safe.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 20;
    private static final int ANCESTOR_LEVELS = 5;
    /** Share of extra prose a parent must add before the body grows to it. */
    private static final double CLIMB_GAIN = 0.2;
    /** Score added for a content name ("article-body") and again for an article or main tag. */
    private static final double CONTENT_BONUS = 25;

    private final PageStats stats;
    private final List<Element> candidates = new ArrayList<>();

    ContentLocator(PageStats stats) {
        this.stats = stats;
    }

    /** The containers of the article text in document order; empty when the page has no prose. */
    List<Element> locate(Element root) {
        scoreParagraphs(root, false);
        Element top = null;
        double best = 0;
        for (Element candidate : candidates) {
            PageStats.Stat stat = stats.get(candidate);
            double score = finalScore(candidate, stat);
            if (score > best) {
                best = score;
                top = candidate;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top);
        return withSiblings(top);
    }

    private double finalScore(Element candidate, PageStats.Stat stat) {
        String words = ElementHints.nameWords(candidate);
        double bonus = ElementHints.namesContent(words) ? CONTENT_BONUS : 0;
        String tag = candidate.normalName();
        if (tag.equals("article") || tag.equals("main") || "articleBody".equals(candidate.attr("itemprop"))) {
            bonus += CONTENT_BONUS;
        }
        return (stat.score + bonus) * (1 - stat.linkDensity());
    }

    private void scoreParagraphs(Element element, boolean inFurniture) {
        PageStats.Stat stat = stats.get(element);
        if (stat == null) {
            return;
        }
        boolean furniture = inFurniture || stat.furniture;
        if (!stat.hasBlockChild || isParagraphTag(element)) {
            if (!furniture && stat.chars >= MIN_PARAGRAPH_CHARS) {
                credit(element, stat);
            }
            if (!stat.hasBlockChild) {
                return;
            }
        }
        for (Element child : element.children()) {
            scoreParagraphs(child, furniture);
        }
    }

    private static boolean isParagraphTag(Element element) {
        String tag = element.normalName();
        return tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote");
    }

    private void credit(Element paragraph, PageStats.Stat stat) {
        String text = paragraph.text();
        double score = 1 + Texts.countCommas(text) + Math.min(stat.chars / 100.0, 3);
        score *= 1 - stat.linkDensity();
        Element ancestor = paragraph.parent();
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
            PageStats.Stat ancestorStat = stats.get(ancestor);
            if (ancestorStat == null) {
                break;
            }
            if (ancestorStat.score == 0) {
                candidates.add(ancestor);
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            ancestorStat.score += score / divider + 1e-9;
            ancestor = ancestor.parent();
        }
    }

    /**
     * Moves up while the parent holds clearly more prose than the current container, so that a body
     * split into parts (chunks between ads, a lede outside the main column) is kept whole.
     */
    private Element climb(Element top) {
        Element current = top;
        for (Element parent = top.parent(); parent != null; parent = parent.parent()) {
            PageStats.Stat parentStat = stats.get(parent);
            if (parentStat == null || parent.normalName().equals("body")) {
                break;
            }
            int own = stats.get(current).proseChars;
            if (parentStat.proseChars - own > own * CLIMB_GAIN) {
                current = parent;
            } else if (parentStat.proseChars > own) {
                break;
            }
        }
        return current;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finalScore(top, stats.get(top));
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            PageStats.Stat stat = stats.get(sibling);
            if (sibling == top) {
                roots.add(sibling);
            } else if (stat != null && !stat.furniture && joinsTop(sibling, stat, threshold)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private boolean joinsTop(Element sibling, PageStats.Stat stat, double threshold) {
        if (stat.score > 0 && finalScore(sibling, stat) >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        double density = stat.linkDensity();
        if (stat.chars > 80) {
            return density < 0.25;
        }
        return stat.chars > 0 && density == 0 && Texts.endsSentence(sibling.text());
    }
}
