package org.sitrep.extract.body;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text and link lengths of every visible element of a page, computed once bottom-up so that no later step
 * walks a subtree twice. Elements that are never text (scripts, styles, controls, hidden parts) get no
 * entry. Also marks furniture: navigation, footers, asides and forms, and elements whose class or id name
 * navigation, sharing, comments and the like. One instance per page; not thread-safe.
 */
final class PageStats {

    /** Block-level tags: they end the running paragraph when met. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "li",
            "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td", "th", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "address", "center", "body", "details",
            "summary", "hgroup", "caption");

    /** Counts for one element. */
    static final class Stat {
        /** Non-space characters of visible text. */
        int chars;
        /** Non-space characters inside links. */
        int linkChars;
        /** Non-space characters of the prose paragraphs below (short or link-heavy blocks left out). */
        int proseChars;
        /** Whether a quotation lies below (an embedded post in a "video" or "media" box). */
        boolean hasQuote;
        /** Whether any block-level element lies below. */
        boolean hasBlockChild;
        /** Furniture by its own name (class, id, role, tag). */
        boolean furniture;
        /** Content score gathered from the paragraphs below. */
        double score;

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }
    }

    private static final int MIN_PROSE_CHARS = 40;
    private static final double MAX_PROSE_LINK_DENSITY = 0.5;
    /** A furniture name is overruled when the element holds more than this share of the page's prose. */
    private static final double MAX_FURNITURE_PROSE_SHARE = 0.5;

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    PageStats(Element root) {
        measure(root, false);
        int totalProse = stats.containsKey(root) ? stats.get(root).proseChars : 0;
        markFurniture(root, totalProse);
    }

    /** The counts of {@code element}, or null when it is never text. */
    Stat get(Element element) {
        return stats.get(element);
    }

    private Stat measure(Element element, boolean inLink) {
        if (ElementHints.isSkippedTag(element) || ElementHints.isHidden(element)) {
            return null;
        }
        Stat stat = new Stat();
        boolean link = inLink || "a".equals(element.normalName());
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                int n = nonSpace(text.getWholeText());
                stat.chars += n;
                if (link) {
                    stat.linkChars += n;
                }
            } else if (child instanceof Element childElement) {
                Stat sub = measure(childElement, link);
                if (sub != null) {
                    stat.chars += sub.chars;
                    stat.linkChars += sub.linkChars;
                    stat.proseChars += sub.proseChars;
                    stat.hasQuote |= sub.hasQuote || childElement.normalName().equals("blockquote");
                    stat.hasBlockChild |= sub.hasBlockChild || BLOCK_TAGS.contains(childElement.normalName());
                }
            }
        }
        boolean paragraph = !stat.hasBlockChild || element.normalName().equals("p");
        if (paragraph && stat.chars >= MIN_PROSE_CHARS && stat.linkDensity() < MAX_PROSE_LINK_DENSITY) {
            stat.proseChars = Math.max(stat.proseChars, stat.chars - stat.linkChars);
        }
        stats.put(element, stat);
        return stat;
    }

    /**
     * Furniture names count unless the element holds most of the page's prose: a layout wrapper named
     * "with-sidebar" or a page wrapped whole in a form is not furniture.
     */
    private void markFurniture(Element root, int totalProse) {
        for (Map.Entry<Element, Stat> entry : stats.entrySet()) {
            Element element = entry.getKey();
            Stat stat = entry.getValue();
            String tag = element.normalName();
            if (tag.equals("body") || tag.equals("html") || tag.equals("main") || element == root) {
                continue;
            }
            boolean named = ElementHints.isFurnitureTag(element);
            if (!named && ElementHints.hasName(element)) {
                String words = ElementHints.nameWords(element);
                named = ElementHints.namesStrongFurniture(words)
                        || !stat.hasQuote && !isInParagraph(element) && ElementHints.namesWeakFurniture(words);
            }
            stat.furniture = named && stat.proseChars <= totalProse * MAX_FURNITURE_PROSE_SHARE;
        }
    }

    /** Weak names on an inline tag inside a paragraph are styling ("product-title" on a name), not furniture. */
    private static boolean isInParagraph(Element element) {
        if (BLOCK_TAGS.contains(element.normalName())) {
            return false;
        }
        Element parent = element.parent();
        for (int level = 0; level < 2 && parent != null; level++, parent = parent.parent()) {
            if (parent.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    private static int nonSpace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                n++;
            }
        }
        return n;
    }
}
