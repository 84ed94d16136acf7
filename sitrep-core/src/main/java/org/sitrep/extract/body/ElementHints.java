package org.sitrep.extract.body;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id, role and attributes say about it: furniture to skip (navigation,
 * sharing, related links, comments, newsletters, cookie banners, author bios, ads) or likely content.
 * Names are split into words at dashes, underscores and case changes so that "ad" matches "ad-slot" but
 * not "header".
 */
final class ElementHints {

    /** Tags whose content is never article text. */
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "iframe", "object", "embed", "canvas", "video", "audio", "map", "button", "select", "input",
            "textarea", "option", "label", "head", "title", "meta", "link", "dialog", "figcaption", "img",
            "picture", "source");

    /** Tags of furniture, unless they wrap most of the page (some sites put the whole page in a form). */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "form", "menu");

    /** Words in class or id that mark furniture wherever they appear. */
    private static final Set<String> STRONG = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "masthead",
            "topbar", "toolbar", "footer", "sidebar", "sidebars", "share", "sharing", "sharebar", "social",
            "socials", "related", "recommended", "recommendations", "recirc", "recirculation", "outbrain",
            "taboola", "trending", "popular", "mostread", "comment", "comments", "disqus", "respond",
            "newsletter", "newsletters", "subscribe", "subscription", "signup", "promo", "promotion",
            "promoted", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "adv",
            "advert", "advertisement", "advertising", "dfp", "adslot", "bio", "bios", "byline", "bylines",
            "author", "authors", "popup", "modal", "pagination", "pager", "skip", "login");

    /** Words in class or id that mark furniture unless a content word comes with them. */
    private static final Set<String> WEAK = Set.of(
            "rail", "widget", "widgets", "more", "most", "tags", "tag", "keywords", "categories", "hidden",
            "hide", "sr", "screenreader", "visually", "print", "newsroll", "ticker", "caption", "credit",
            "credits", "copyright", "disclaimer", "meta", "metadata", "toc", "headline", "title", "dateline",
            "timestamp", "date", "alert", "video", "gallery", "slideshow", "carousel", "thumbnail", "thumb",
            "lightbox", "tooltip", "banner", "overlay", "header", "masthead", "logo", "search");

    /** Words in class or id that mark the article text itself. */
    private static final Set<String> CONTENT = Set.of(
            "article", "articlebody", "body", "content", "contents", "entry", "main", "post", "story",
            "storybody", "text", "prose", "blog", "page", "single", "richtext", "rte", "paragraph", "copy",
            "bodytext", "postbody", "entrycontent", "postcontent");

    /** Posts quoted from social networks (a tweet the story reports on) are content despite "social". */
    private static final Pattern EMBEDDED_POST = Pattern.compile(
            "(?:^|\\s)(?:embed|embedded|tweet|twitter tweet|instagram media|tiktok embed)(?:\\s|$)");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private ElementHints() {
    }

    static boolean isSkippedTag(Element element) {
        return SKIPPED_TAGS.contains(element.normalName());
    }

    static boolean isFurnitureTag(Element element) {
        return FURNITURE_TAGS.contains(element.normalName());
    }

    /** True when the element is hidden from readers by an attribute or inline style. */
    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** The element's class, id and role split into lower-case words separated by single spaces. */
    static String nameWords(Element element) {
        if (!hasName(element)) {
            return " ";
        }
        String raw = element.className() + " " + element.id() + " " + element.attr("role")
                + " " + element.attr("itemprop") + " " + element.attr("data-component");
        StringBuilder out = new StringBuilder(raw.length() + 8).append(' ');
        char prev = ' ';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                out.append(' ');
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
            prev = c;
        }
        return out.append(' ').toString();
    }

    /** True when the element has any of the attributes that name it (most elements have none). */
    static boolean hasName(Element element) {
        return element.hasAttr("class") || element.hasAttr("id") || element.hasAttr("role")
                || element.hasAttr("itemprop") || element.hasAttr("data-component");
    }

    /** True when the class, id or role name furniture that no content word outweighs. */
    static boolean namesStrongFurniture(String words) {
        return anyWordIn(words, STRONG) && !EMBEDDED_POST.matcher(words).find();
    }

    /** True when the class, id or role name furniture and nothing that sounds like the article body. */
    static boolean namesWeakFurniture(String words) {
        return anyWordIn(words, WEAK) && !anyWordIn(words, CONTENT);
    }

    /** True when the class, id or role sounds like the article body. */
    static boolean namesContent(String words) {
        return anyWordIn(words, CONTENT);
    }

    // A set lookup per word: these checks run on every named element of every page.
    private static boolean anyWordIn(String words, Set<String> set) {
        int start = 0;
        while (start < words.length()) {
            int end = words.indexOf(' ', start);
            if (end < 0) {
                end = words.length();
            }
            if (end > start && set.contains(words.substring(start, end))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
