package org.sitrep.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date of an HTML page: the machine-readable date (JSON-LD, meta tags) first, then
 * {@code <time>} elements, then dates the page shows in text ("Published: Monday, November 18th, 2019",
 * elements whose class says date or published), modified dates last. Thread-safe.
 *
 * <p>A machine date written in UTC or without a zone may fall a day after the publisher's own date (an
 * evening story in New York is dated the next day in UTC). When the page shows a date one day off such a
 * timestamp, the shown date wins: it is the one the publisher's readers saw.
 */
final class HtmlDateReader {

    private static final int MAX_DATE_TEXT = 120;
    private static final int MAX_CANDIDATES = 80;
    private static final int NOON = 12;
    private static final Pattern URL_DAY = Pattern.compile(
            "/(\\d{4})/(\\d{1,2}|[a-z]{3})/(\\d{1,2})(?:/|$)|/(\\d{4})-(\\d{2})-(\\d{2})(?:/|$)");
    private static final Pattern UPDATED = Pattern.compile("updat|modif|edited|revis");
    private static final Pattern PUBLISHED = Pattern.compile("publi|posted|created|issued");
    private static final Pattern PUBLISHED_TEXT = Pattern.compile(
            "(?i)^\\W*(published|posted|publiziert|veröffentlicht|publié|publicado|pubblicato|date)\\b");
    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:published_time",
            "article:published", "og:pubdate", "datepublished", "publishdate", "publish-date", "publish_date",
            "pubdate", "date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
            "dc.date.created", "citation_publication_date", "citation_date", "citation_online_date",
            "parsely-pub-date", "sailthru.date", "article.published", "publication_date", "original-publish-date",
            "displaydate", "article_date_original", "datecreated");
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod");
    /** Element groups that may show the date, most specific first. */
    private static final List<String> DATE_ELEMENTS = List.of(
            "[class*=publish], [class*=dateline], [class*=pubdate], [class*=posted], [itemprop=dateCreated]",
            "[class*=date], [id*=date], [class*=timestamp], time",
            "[class*=time], [class*=byline], [class*=meta]");

    private final DateParser dates = new DateParser();

    /** Returns the page's publication date, or null. {@code jsonLd} is the raw datePublished or null. */
    LocalDate published(Document page, MetaTags meta, String jsonLd) {
        Objects.requireNonNull(page, "page");
        String machine = jsonLd;
        for (int i = 0; machine == null && i < PUBLISHED_KEYS.size(); i++) {
            String value = meta.first(PUBLISHED_KEYS.get(i));
            machine = value != null && dates.parse(value).isPresent() ? value : null;
        }
        if (machine != null) {
            return localDay(machine, () -> shown(page), () -> urlDate(page, meta));
        }
        LocalDate date = fromTimes(page);
        if (date == null) {
            date = shown(page);
        }
        for (int i = 0; date == null && i < MODIFIED_KEYS.size(); i++) {
            String value = meta.first(MODIFIED_KEYS.get(i));
            date = value == null ? null : dates.parse(value).orElse(null);
        }
        return date;
    }

    /**
     * The publisher's day for a machine date: a UTC timestamp early in the day may be the previous day in the
     * Americas, a late one the next day in Asia; the date the page shows, else the date in its URL, settles it.
     */
    private LocalDate localDay(String machine, Supplier<LocalDate> shownDate, Supplier<LocalDate> urlDate) {
        LocalDate date = dates.parse(machine).orElseThrow();
        OptionalInt hour = dates.utcHour(machine);
        if (hour.isEmpty()) {
            return date;
        }
        // Scanning the page for a shown date is costly; only a UTC timestamp needs it.
        LocalDate shown = shownDate.get();
        LocalDate plausible = hour.getAsInt() < NOON ? date.minusDays(1) : date.plusDays(1);
        if (plausible.equals(shown) || (shown == null && plausible.equals(urlDate.get()))) {
            return plausible;
        }
        return date;
    }

    /** The day in the page's canonical address: /2019/11/19/, /2019/nov/19/ or /2019-11-19. */
    private static LocalDate urlDate(Document page, MetaTags meta) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        for (String url : new String[] {canonical == null ? null : canonical.attr("href"), meta.first("og:url"),
                page.location()}) {
            Matcher m = url == null ? null : URL_DAY.matcher(url.toLowerCase(Locale.ROOT));
            while (m != null && m.find()) {
                int g = m.group(1) != null ? 1 : 4;
                LocalDate date = DateParser.dateOf(m.group(g), m.group(g + 1), m.group(g + 2));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Explicitly published {@code <time>} or datePublished markup first, then any not marked as an update. */
    private LocalDate fromTimes(Document page) {
        List<Element> times = page.select("time, [itemprop=datePublished]");
        for (Element time : times) {
            if (time.hasAttr("pubdate") || time.attr("itemprop").equalsIgnoreCase("datePublished")
                    || PUBLISHED.matcher(context(time)).find()) {
                LocalDate date = dateOf(time, true);
                if (date != null) {
                    return date;
                }
            }
        }
        for (Element time : times) {
            if (!UPDATED.matcher(context(time)).find()) {
                LocalDate date = dateOf(time, true);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The date the page shows: a "Published ..." line, else an element whose class or id speaks of dates. */
    private LocalDate shown(Document page) {
        int seen = 0;
        for (Element element : page.select("p, span, div, li, em, small, time")) {
            String text = element.ownText();
            if (text.length() <= MAX_DATE_TEXT && PUBLISHED_TEXT.matcher(text).find()) {
                LocalDate date = dates.parse(element.text()).orElse(null);
                if (date != null) {
                    return date;
                }
                if (++seen >= MAX_CANDIDATES) {
                    break;
                }
            }
        }
        for (String group : DATE_ELEMENTS) {
            LocalDate date = firstShown(page, group);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private LocalDate firstShown(Document page, String selector) {
        int seen = 0;
        for (Element element : page.select(selector)) {
            if (UPDATED.matcher(context(element)).find()) {
                continue;
            }
            LocalDate date = dateOf(element, false);
            if (date != null) {
                return date;
            }
            if (++seen >= MAX_CANDIDATES) {
                break;
            }
        }
        return null;
    }

    /** The date of an element: its attributes (when {@code attributesFirst}) and its short text. */
    private LocalDate dateOf(Element element, boolean attributesFirst) {
        String text = element.text().length() <= MAX_DATE_TEXT ? element.text() : "";
        List<String> values = attributesFirst
                ? List.of(element.attr("datetime"), element.attr("content"), text)
                : List.of(text, element.attr("value"));
        for (String value : values) {
            if (!value.isBlank()) {
                LocalDate date = dates.parse(value).orElse(null);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static String context(Element element) {
        Element parent = element.parent();
        String around = element.className() + " " + element.id()
                + (parent == null ? "" : " " + parent.className() + " " + parent.id());
        return around.toLowerCase(Locale.ROOT);
    }
}
