package org.sitrep.extract.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads article metadata from a Markdown rendering of a page or from plain text: the first heading (or, in plain
 * text, a short first line without closing punctuation) is the title; the header zone after it, up to the first
 * paragraph of prose, gives bylines ("By [Jane Doe](#)"), a dateline ("Global Research, October 03, 2024") and
 * labelled lines ("Region: [Asia](#)", "Tags: a, b"). Body sentences are never read as metadata. The closing
 * lines may name the publisher ("The original source of this article is ..."). The language is guessed from the
 * text. Thread-safe.
 */
public final class MarkdownMetadataReader {

    private static final int MAX_TITLE_SEARCH = 400;
    private static final int MAX_HEADER_LINES = 12;
    private static final int MAX_TITLE_CHARS = 300;
    private static final int PROSE_WORDS = 15;
    private static final int STANDFIRST_WORDS = 40;
    private static final int WRAP_WIDTH = 60;
    private static final int BLANK_SHARE = 5;
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*([#>*+\\-\\[!|]|\\d+[.)]\\s)");
    private static final int MAX_DATELINE_CHARS = 100;
    private static final int MAX_PUBLISHER_WORDS = 6;
    private static final int FOOTER_LINES = 60;

    private static final Pattern ATX = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final int MAX_LINK_NESTING = 3;
    private static final Pattern BARE_URL = Pattern.compile("<?\\bhttps?://\\S+");
    private static final Pattern UPDATE_WORD = Pattern.compile("(?i)\\b(updated|modified)\\b");
    private static final Pattern PUBLISH_WORD = Pattern.compile("(?i)\\b(published|posted)\\b");
    private static final Pattern WHOLE_LINK = Pattern.compile("^\\[(.+)]\\([^)\\s]*\\)$");
    /** Headings that are page furniture, not a headline. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(share|follow|related|you may (also )?like|more from"
            + "|welcome to|accessibility|modal|menu|search|comments?|newsletter|subscribe|advertisement|trending"
            + "|popular|read more|most read|sign up|log in)\\b|:$");
    private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern INLINE_MARKS = Pattern.compile("[*_`]+|^\\s*(>\\s*)+|^\\s*[-+]\\s+");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by|written by|posted by|words by|author|authors|von|par|por)\\b\\s*:?\\s+\\S.*");
    /** "November 18, 2019 7:45 am PST by Joe Rossignol": a byline after the date. */
    private static final Pattern BY_AFTER_DATE = Pattern.compile("\\b(?i:by)\\s+(\\p{Lu}.*)$");
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}][\\p{L} -]{1,29}?)\\s*:\\s*(\\S.*)$");
    private static final Set<String> TAG_LABELS = Set.of("region", "regions", "theme", "themes", "in-depth report",
            "section", "sections", "tags", "tag", "topic", "topics", "category", "categories", "keywords",
            "subject", "subjects", "filed under", "country", "countries");
    private static final Set<String> DATE_LABELS = Set.of("date", "published", "publication date", "posted",
            "posted on", "published on", "dated");
    private static final Set<String> PUBLISHER_LABELS = Set.of("source", "publisher", "published by", "site");
    private static final Pattern NOT_PUBLISHER = Pattern.compile(
            "(?i)^(published|updated|posted|date|on|last|modified|created|by|monday|tuesday|wednesday|thursday"
                    + "|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b");
    private static final Pattern ORIGINAL_SOURCE = Pattern.compile(
            "(?i)^the original source of this article is\\s+(.+?)\\.?$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(copyright|©|\\(c\\))\\s*(.*)$");

    private final BylineReader bylines = new BylineReader();
    private final DateParser dates = new DateParser();
    private final LanguageGuesser languages = new LanguageGuesser();

    /** Returns what the text says about itself; unknown fields are null or empty. */
    public Metadata read(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        List<String> lines = List.of(markdown.split("\\R", -1));
        int titleLine = titleLine(lines);
        boolean wraps = wrapsLines(lines);
        int titleEnd = titleEnd(lines, titleLine, wraps);
        String title = titleLine < 0 ? null : titleText(String.join(" ", lines.subList(titleLine, titleEnd)));
        Header header = new Header();
        for (String line : headerZone(lines, titleEnd, wraps)) {
            header.read(line);
        }
        String publisher = header.publisher != null ? header.publisher : footerPublisher(lines);
        String language = languages.guess(LINK.matcher(markdown).replaceAll("$1")).orElse(null);
        LocalDate published = header.published != null ? header.published : header.updated;
        return new Metadata(title, bylines.names(header.bylines), published, publisher,
                List.copyOf(header.tags.values()), language);
    }

    /** The first level-one heading (ATX or setext); else a plain-text title line; else the first heading. */
    private int titleLine(List<String> lines) {
        int limit = Math.min(lines.size(), MAX_TITLE_SEARCH);
        int anyHeading = -1;
        for (int i = 0; i < limit; i++) {
            Matcher atx = ATX.matcher(lines.get(i));
            if (atx.matches() && !clean(atx.group(2)).isEmpty() && !FURNITURE.matcher(clean(atx.group(2))).find()) {
                if (atx.group(1).length() == 1) {
                    return i;
                }
                anyHeading = anyHeading < 0 ? i : anyHeading;
            } else if (isSetext(lines, i)) {
                if (lines.get(i + 1).strip().startsWith("=")) {
                    return i;
                }
                anyHeading = anyHeading < 0 ? i : anyHeading;
            }
        }
        if (anyHeading >= 0) {
            return anyHeading;
        }
        return plainTitleLine(lines);
    }

    /** Where the title ends: a heading the converter wrapped runs on over the next lines. */
    private static int titleEnd(List<String> lines, int titleLine, boolean wraps) {
        int end = titleLine + 1;
        boolean heading = titleLine >= 0 && ATX.matcher(lines.get(titleLine)).matches();
        while (wraps && heading && end < lines.size() && isWrapped(lines.get(end - 1), lines.get(end))
                && !BYLINE.matcher(clean(lines.get(end))).matches()) {
            end++;
        }
        return end;
    }

    private static boolean isSetext(List<String> lines, int i) {
        return i + 1 < lines.size() && !lines.get(i).isBlank() && SETEXT.matcher(lines.get(i + 1)).matches()
                && !ATX.matcher(lines.get(i)).matches() && clean(lines.get(i)).length() > 1;
    }

    /** Plain text: the first non-blank line, when short and not ending like a sentence or a label. */
    private int plainTitleLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = clean(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            boolean shortLine = line.length() <= MAX_TITLE_CHARS && words(line) < 3 * PROSE_WORDS;
            boolean sentence = line.matches(".*[.!?;:,]$");
            boolean metadata = BYLINE.matcher(line).matches() || dates.find(line).isPresent();
            return shortLine && !sentence && !metadata ? i : -1;
        }
        return -1;
    }

    private static String titleText(String line) {
        Matcher atx = ATX.matcher(line);
        String text = atx.matches() ? atx.group(2) : line;
        Matcher whole = WHOLE_LINK.matcher(text.strip());
        text = clean(whole.matches() ? whole.group(1) : text);
        return text.isEmpty() ? null : text;
    }

    /**
     * Non-blank lines after the title, up to the first paragraph of prose and at most a few of them. Lines a
     * converter wrapped are joined to judge that. One short standfirst right after the title is passed over
     * when a byline or a dateline follows it.
     */
    private List<String> headerZone(List<String> lines, int from, boolean wraps) {
        List<String> zone = new ArrayList<>();
        boolean standfirstSeen = false;
        int i = Math.max(from, 0);
        while (i < lines.size() && zone.size() < MAX_HEADER_LINES) {
            if (lines.get(i).isBlank() || SETEXT.matcher(lines.get(i)).matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (wraps && end < lines.size() && isWrapped(lines.get(end - 1), lines.get(end))) {
                end++;
            }
            List<String> paragraph = lines.subList(i, end);
            String joined = clean(String.join(" ", paragraph));
            boolean heading = ATX.matcher(paragraph.get(0)).matches();
            if (heading || isProse(joined)) {
                if (heading || standfirstSeen || !zone.isEmpty() || words(joined) > STANDFIRST_WORDS
                        || !startsMetadata(lines, end)) {
                    break;
                }
                standfirstSeen = true;
            } else {
                zone.addAll(paragraph);
            }
            i = end;
        }
        return zone;
    }

    /** True when the first non-blank line from {@code from} on is a byline naming someone or a short dated line. */
    private boolean startsMetadata(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = clean(lines.get(i));
            if (!line.isEmpty()) {
                return BYLINE.matcher(line).matches() && !bylines.names(line).isEmpty()
                        || line.length() <= MAX_DATELINE_CHARS && dates.find(line).isPresent();
            }
        }
        return false;
    }

    /**
     * True when the text separates its blocks by blank lines, as html2text does (and wraps long lines); a
     * converter that puts every block on one line with no blank lines between never wraps.
     */
    private static boolean wrapsLines(List<String> lines) {
        long blank = lines.stream().filter(String::isBlank).count();
        return blank * BLANK_SHARE >= lines.size();
    }

    /** True when {@code next} continues {@code line}: a converter broke a long line of text there. */
    private static boolean isWrapped(String line, String next) {
        return line.strip().length() >= WRAP_WIDTH && !next.isBlank() && !BLOCK_START.matcher(next).find()
                && !SETEXT.matcher(next).matches();
    }

    private boolean isProse(String line) {
        return words(line) >= PROSE_WORDS && !LABEL.matcher(line).matches();
    }

    /** Publisher named by the closing lines: "The original source of this article is X", "Copyright © A, X, 2024". */
    private static String footerPublisher(List<String> lines) {
        String copyright = null;
        for (int i = Math.max(0, lines.size() - FOOTER_LINES); i < lines.size(); i++) {
            String line = clean(lines.get(i));
            Matcher source = ORIGINAL_SOURCE.matcher(line);
            if (source.matches()) {
                return source.group(1).strip();
            }
            Matcher notice = COPYRIGHT.matcher(line);
            if (notice.matches() && copyright == null) {
                copyright = copyrightHolder(notice.group(2));
            }
        }
        return copyright;
    }

    /** The last part of a copyright notice that is a name, not a year or "All rights reserved". */
    private static String copyrightHolder(String notice) {
        String[] parts = notice.replace("©", "").replaceAll("(?i)all rights reserved\\.?", "").split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].replaceAll("\\b\\d{4}\\b", "").replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}]+$", "");
            if (!part.isEmpty() && words(part) <= MAX_PUBLISHER_WORDS) {
                return part;
            }
        }
        return null;
    }

    /** Inline Markdown removed: link syntax keeps its text, emphasis and quote marks go, spaces fold. */
    static String clean(String line) {
        String text = Parser.unescapeEntities(line, false);
        for (int depth = 0; depth < MAX_LINK_NESTING && text.contains("]("); depth++) {
            text = LINK.matcher(text).replaceAll("$1");
        }
        text = BARE_URL.matcher(text).replaceAll("");
        return INLINE_MARKS.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** What the header zone says, line by line. */
    private final class Header {
        private final List<String> bylines = new ArrayList<>();
        private final Map<String, String> tags = new LinkedHashMap<>();
        private LocalDate published;
        private LocalDate updated;
        private String publisher;

        void read(String raw) {
            String line = clean(raw);
            Matcher label = LABEL.matcher(line);
            if (BYLINE.matcher(line).matches()) {
                bylines.add(line);
                noteDate(line);
            } else if (label.matches() && readLabel(raw, label.group(1).toLowerCase(Locale.ROOT), label.group(2))) {
                return;
            } else if (line.length() <= MAX_DATELINE_CHARS) {
                readDateline(line);
            }
        }

        private boolean readLabel(String raw, String name, String value) {
            if (TAG_LABELS.contains(name)) {
                addTags(raw, value);
            } else if (DATE_LABELS.contains(name)) {
                noteDate(line(name, value));
            } else if (name.startsWith("updated") || name.startsWith("last updated") || name.equals("modified")) {
                updated = updated != null ? updated : dates.parse(value).orElse(null);
            } else if (PUBLISHER_LABELS.contains(name)) {
                publisher = publisher != null ? publisher : value.strip();
            } else if (name.equals("author") || name.equals("authors")) {
                bylines.add(value);
            } else {
                return false;
            }
            return true;
        }

        private String line(String name, String value) {
            return name + ": " + value;
        }

        /** Each link's text is a tag; without links the value is a comma-separated list. */
        private void addTags(String raw, String value) {
            List<String> found = new ArrayList<>();
            Matcher link = LINK_TEXT.matcher(raw.substring(raw.indexOf(':') + 1));
            while (link.find()) {
                found.add(clean(link.group(1)));
            }
            if (found.isEmpty()) {
                found = List.of(value.split("[,;]"));
            }
            for (String tag : found) {
                String clean = tag.strip();
                if (!clean.isEmpty()) {
                    tags.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
                }
            }
        }

        /** "Global Research, October 03, 2024": the date, and the name beside it as the publisher. */
        private void readDateline(String line) {
            DateParser.Found found = dates.find(line).orElse(null);
            if (found == null) {
                return;
            }
            noteDate(line);
            String before = line.substring(0, found.start());
            String after = line.substring(found.end());
            Matcher by = BY_AFTER_DATE.matcher(after);
            if (by.find()) {
                bylines.add(by.group(1));
                after = after.substring(0, by.start());
            }
            String name = trimName(before.isBlank() ? after : before);
            if (publisher == null && !name.isEmpty() && words(name) <= MAX_PUBLISHER_WORDS
                    && Character.isUpperCase(name.codePointAt(0)) && !NOT_PUBLISHER.matcher(name).find()) {
                publisher = name;
            }
        }

        /** A date on a line that speaks only of an update ("Updated Nov 13, 2019") is kept apart. */
        private void noteDate(String line) {
            boolean update = UPDATE_WORD.matcher(line).find() && !PUBLISH_WORD.matcher(line).find();
            if (update && updated == null) {
                updated = dates.parse(line).orElse(null);
            } else if (!update && published == null) {
                published = dates.parse(line).orElse(null);
            }
        }

        private String trimName(String text) {
            String name = text.replaceAll("^[\\s,;|\\-–—·•]+|[\\s,;|\\-–—·•]+$", "");
            return name.replaceAll("\\d{1,2}:\\d{2}.*$", "").strip();
        }
    }
}
