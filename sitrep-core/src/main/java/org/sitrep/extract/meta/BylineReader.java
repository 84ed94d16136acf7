package org.sitrep.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
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
            "^(?i:(?:written|posted|reported|reporting|words|text|story|photos?|analysis|opinion|commentary|review"
                    + "|interview|compiled|edited)\\s+by|by|authors?|von|par|por|door)"
                    + "\\b\\s*[:\\-–]?\\s*");
    /** Where a byline stops naming people: an update note, a time or a read-time label. */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\b(updated|published|posted|last modified|\\d{1,2}:\\d{2}|\\d+\\s*min(ute)?s?\\s+read"
                    + "|(on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b.*$");
    /** "Finian Cunningham. Sputnik" ends a name at the full stop; "E. J. Dionne" keeps its initials. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{3})\\.\\s+(?=\\p{Lu})");
    /** Letters after a name: "Ilana Muhlstein, MS, RDN". */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)(ms|ma|ba|bs|bsc|msc|rd|rdn|ld|md|m\\.d\\.|phd"
            + "|ph\\.d\\.|do|rn|np|mph|mba|cpt|cscs|jr\\.?|sr\\.?|dds|jd|esq\\.?|cfa|cpa)");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(
            "\\s(Associated Press|Reuters|AFP|USA TODAY|Bloomberg)$");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\s&\\s|&amp;|\\band\\b|\\bund\\b|\\s\\|\\s|\\s[-–—]\\s|\\s/\\s)\\s*");
    private static final Pattern DIGIT_OR_MARK = Pattern.compile("[\\d@#<>{}=+]|https?:|www\\.|\\.com\\b");
    private static final Set<String> ROLE_WORDS = Set.of("reporter", "reporters", "editor", "editors",
            "correspondent", "correspondents", "staff", "writer", "writers", "contributor", "contributors",
            "columnist", "senior", "associate", "producer", "analyst", "chief", "bureau", "team", "desk",
            "updated", "published", "posted", "photo", "photos", "image", "images", "read", "share", "comments",
            "comment", "follow", "email", "twitter", "facebook", "more", "articles", "about", "author", "by",
            "view", "profile", "opinion", "editorial", "large", "national", "political", "security",
            "sports", "contributing", "special", "admin", "guest", "news", "and", "the",
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
        String[] parts = SPLIT.split(SENTENCE_END.matcher(text).replaceAll(","));
        for (int i = 0; i < parts.length; i++) {
            String name = trim(LEAD.matcher(parts[i].strip()).replaceFirst(""));
            boolean jobTitle = i > 0 && endsWithRole(name);
            boolean credential = i > 0 && CREDENTIAL.matcher(name).matches();
            if (jobTitle || credential) {
                continue;
            }
            for (String one : splitAgency(titleCase(withoutTrailingRoles(name)))) {
                if (isName(one)) {
                    names.putIfAbsent(TitleCleaner.key(one), one);
                }
            }
        }
        return List.copyOf(names.values());
    }

    /** "Tom Davies Associated Press" is two credits: the reporter and the agency. */
    private static List<String> splitAgency(String name) {
        Matcher m = AGENCY_SUFFIX.matcher(name);
        if (m.find() && m.start() > 0) {
            return List.of(name.substring(0, m.start()).strip(), m.group(1));
        }
        return List.of(name);
    }

    /** "MARY CLARE JALONICK" is Mary Clare Jalonick; a one-word capitalised credit (AFP, BBC) stays. */
    private static String titleCase(String name) {
        if (!name.contains(" ") || !name.equals(name.toUpperCase(Locale.ROOT))
                || name.equals(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder cased = new StringBuilder();
        for (String word : name.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            cased.append(cased.length() == 0 ? "" : " ")
                    .append(word.length() <= 2 && word.endsWith(".") ? word
                            : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
        }
        return cased.toString();
    }

    private static boolean endsWithRole(String name) {
        int space = Math.max(name.lastIndexOf(' '), name.lastIndexOf('-'));
        return isRole(space < 0 ? name : name.substring(space + 1));
    }

    private static boolean isRole(String word) {
        return ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}", ""));
    }

    /** Returns the names of {@code raw} author strings together, duplicates dropped. */
    public List<String> names(List<String> raw) {
        Objects.requireNonNull(raw, "raw");
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
            found = fromElements(page.select("[class*=author]:not(body, html, article, main, section)"));
        }
        if (found.isEmpty()) {
            found = fromElements(page.select("p, span, div, address").stream()
                    .filter(el -> el.ownText().strip().matches("(?i)^by\\s+\\p{Lu}.*"))
                    .collect(Elements::new, Elements::add, Elements::addAll));
        }
        return found;
    }

    /** Names of the first element that has some, with those of elements sharing its parent. */
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
        return parent == null ? element : parent;
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
        while (space > 0 && isRole(rest.substring(space + 1))) {
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
            boolean role = false;
            for (String piece : word.split("-")) {
                role |= isRole(piece);
            }
            if (role && words.length <= 3 || word.endsWith(":")) {
                return false;
            }
        }
        return true;
    }
}
