package org.sitrep.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns bylines into clean author names, and finds bylines in a page. "By Jane Doe and John Roe, Staff Writers
 * | Updated Oct. 3, 2024" gives ["Jane Doe", "John Roe"]: no "By", no dates, no job titles, no URLs, split on
 * "and", "&amp;" and commas, duplicates dropped. Thread-safe.
 */
public final class BylineReader {

    private static final int MAX_NAME_CHARS = 60;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_BYLINE_CHARS = 150;

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");
    private static final Pattern LEAD = Pattern.compile(
            "^(?i:(?:written|posted|reported|words|text|story|photos?)\\s+by|by|authors?|von|par|por|door)"
                    + "\\b\\s*[:\\-–]?\\s*");
    /** Where a byline stops naming people: an update note, a time or a read-time label. */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\b(updated|published|posted|last modified|\\d{1,2}:\\d{2}|\\d+\\s*min(ute)?s?\\s+read)\\b.*$");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\s&\\s|&amp;|\\band\\b|\\bund\\b|\\s\\|\\s|\\s[-–—]\\s|\\s/\\s)\\s*");
    private static final Pattern DIGIT_OR_MARK = Pattern.compile("[\\d@#<>{}=+]|https?:|www\\.|\\.com\\b");
    private static final Set<String> ROLE_WORDS = Set.of("reporter", "reporters", "editor", "editors",
            "correspondent", "correspondents", "staff", "writer", "writers", "contributor", "contributors",
            "columnist", "senior", "associate", "producer", "analyst", "chief", "bureau", "team", "desk",
            "updated", "published", "posted", "photo", "photos", "image", "images", "read", "share", "comments",
            "comment", "follow", "email", "twitter", "facebook", "more", "articles", "about", "author", "by",
            "view", "profile", "opinion", "contributing", "special", "admin", "guest", "news", "and", "the",
            "of", "in", "at", "for", "on", "min", "sponsored", "getty", "shutterstock", "via", "credit");

    private final DateParser dates = new DateParser();

    /** Returns the clean names a byline or author field credits, in order, possibly none. */
    public List<String> names(String byline) {
        Objects.requireNonNull(byline, "byline");
        String text = EMPHASIS.matcher(LINK.matcher(byline).replaceAll("$1")).replaceAll("");
        text = LEAD.matcher(text.replace('\u00a0', ' ').strip()).replaceFirst("");
        if (text.length() > MAX_BYLINE_CHARS * 2) {
            return List.of();
        }
        text = TAIL.matcher(withoutDate(text)).replaceFirst("");
        Map<String, String> names = new LinkedHashMap<>();
        for (String part : SPLIT.split(text)) {
            String name = withoutTrailingRoles(trim(LEAD.matcher(part.strip()).replaceFirst("")));
            if (isName(name)) {
                names.putIfAbsent(TitleCleaner.key(name), name);
            }
        }
        return List.copyOf(names.values());
    }

    /** Returns the names of {@code raw} author strings together, duplicates dropped. */
    public List<String> names(List<String> raw) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String byline : raw) {
            for (String name : names(byline)) {
                names.putIfAbsent(TitleCleaner.key(name), name);
            }
        }
        return List.copyOf(names.values());
    }

    /**
     * Returns the authors a page's visible bylines credit: schema.org {@code itemprop=author} markup, then
     * {@code rel=author} links, then elements whose class or id says byline or author, then short "By ..."
     * lines. The first kind that names someone wins.
     */
    public List<String> fromPage(Document page) {
        Objects.requireNonNull(page, "page");
        List<String> found = fromElements(page.select("[itemprop=author]"));
        if (found.isEmpty()) {
            found = fromElements(page.select("a[rel=author], link[rel=author][title]"));
        }
        if (found.isEmpty()) {
            found = fromElements(page.select("[class*=byline], [id*=byline], [data-testid*=byline]"));
        }
        if (found.isEmpty()) {
            found = fromElements(page.select("[class*=author-name], [class*=authorname], [class*=author] a,"
                    + " [class~=^(author|authors|article-author|post-author|entry-author)$]"));
        }
        if (found.isEmpty()) {
            found = fromElements(page.select("p, span, div, address").stream()
                    .filter(el -> el.ownText().strip().matches("(?i)^by\\s+\\p{Lu}.*"))
                    .collect(Elements::new, Elements::add, Elements::addAll));
        }
        return found;
    }

    /** Names of the first element that has some, with those of elements sharing its grandparent. */
    private List<String> fromElements(Elements elements) {
        Element first = null;
        List<String> raw = new ArrayList<>();
        for (Element element : elements) {
            if (first != null && !within(element, scope(first))) {
                continue;
            }
            List<String> names = names(elementText(element));
            if (!names.isEmpty()) {
                first = first == null ? element : first;
                raw.addAll(names);
            }
        }
        return names(raw);
    }

    private static Element scope(Element element) {
        Element parent = element.parent();
        Element grandparent = parent == null ? null : parent.parent();
        return grandparent == null ? element : grandparent;
    }

    private static boolean within(Element element, Element scope) {
        return element == scope || element.parents().contains(scope);
    }

    private static String elementText(Element element) {
        Element name = element.selectFirst("[itemprop=name]");
        if (name != null && element != name) {
            return name.hasAttr("content") ? name.attr("content") : name.text();
        }
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        if (element.tagName().equals("link")) {
            return element.attr("title");
        }
        String text = element.text();
        return text.length() > MAX_BYLINE_CHARS ? "" : text;
    }

    /** Cuts a date out: what precedes it, or what follows when it opens the byline. */
    private String withoutDate(String text) {
        return dates.find(text)
                .map(found -> found.start() < 3 ? text.substring(found.end()) : text.substring(0, found.start()))
                .orElse(text);
    }

    /** "Jane Doe Staff Writer" is Jane Doe. */
    private static String withoutTrailingRoles(String name) {
        String rest = name;
        int space = rest.lastIndexOf(' ');
        while (space > 0 && ROLE_WORDS.contains(rest.substring(space + 1).toLowerCase(Locale.ROOT))) {
            rest = rest.substring(0, space).strip();
            space = rest.lastIndexOf(' ');
        }
        return rest;
    }

    private static String trim(String part) {
        return part.replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^.]]+$", "").replaceAll("\\s+", " ").strip();
    }

    /** True for something that reads like a person's or an agency's name, not a label or a sentence. */
    static boolean isName(String name) {
        if (name.length() < 2 || name.length() > MAX_NAME_CHARS || DIGIT_OR_MARK.matcher(name).find()) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > MAX_NAME_WORDS || !Character.isLetter(name.codePointAt(0))) {
            return false;
        }
        if (Character.isLowerCase(name.codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            if (ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}", ""))
                    && words.length <= 3 || word.endsWith(":")) {
                return false;
            }
        }
        return true;
    }
}
