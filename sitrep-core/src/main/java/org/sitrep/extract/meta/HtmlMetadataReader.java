package org.sitrep.extract.meta;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads article metadata from a parsed HTML page, taking each field from the most trustworthy source that
 * has it: JSON-LD and OpenGraph first, then the other meta tags (parsely-*, sailthru.*, dc.*, citation_*),
 * then what the page shows (h1, {@code <time>}, bylines, {@code <title>}). Titles lose the site's name,
 * authors are clean names, dates are the publication date. Thread-safe; the page is not modified.
 *
 * <pre>{@code
 * Metadata metadata = new HtmlMetadataReader().read(Jsoup.parse(html, url));
 * }</pre>
 */
public final class HtmlMetadataReader {

    private static final int MAX_TAGS = 25;
    private static final int MAX_TAG_CHARS = 60;

    private static final Pattern SLOGAN = Pattern.compile("\\s+(\\||-|–|—|:)\\s+.*$");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final BylineReader bylines = new BylineReader();
    private final HtmlDateReader dates = new HtmlDateReader();
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " \u2014 ", " \u2013 ", " - ");
    private static final int MAX_SITE_NAME_WORDS = 5;

    private final TitleCleaner titles = new TitleCleaner();

    /** Returns what the page says about itself; unknown fields are null or empty. */
    public Metadata read(Document page) {
        Objects.requireNonNull(page, "page");
        MetaTags meta = new MetaTags(page);
        JsonLdReader.Found found = jsonLd.readWithDate(page);
        Metadata ld = found.metadata();
        String host = host(page, meta);
        String siteName = siteName(meta, ld);
        if (siteName == null) {
            siteName = siteNameFromTitleAndFooter(page);
        }
        List<String> tags = tags(meta, ld);
        String headline = title(page, meta, ld, siteName, host);
        String publisher = siteName != null ? siteName : publisherFromTitle(page.title(), headline);
        String title = headline == null || tags.isEmpty() ? headline : titles.cutLabel(headline, tags.get(0));
        List<String> authors = withoutPublisher(authors(page, meta, ld), publisher, host);
        return new Metadata(title, authors, dates.published(page, meta, found.datePublished()), publisher, tags,
                language(page, meta, ld));
    }

    /** The site's name as the page gives it, without a slogan ("LinkNaija | Nigeria's news") and never a URL. */
    private static String siteName(MetaTags meta, Metadata ld) {
        for (String candidate : new String[] {meta.first("og:site_name"), ld.publisher(),
                meta.first("application-name", "dc.publisher", "dcterms.publisher", "citation_publisher",
                        "citation_journal_title", "publisher")}) {
            if (candidate == null || candidate.contains("://") || candidate.startsWith("www.")) {
                continue;
            }
            String name = SLOGAN.matcher(candidate.strip().replaceFirst("^@", "")).replaceFirst("").strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        return null;
    }

    /**
     * A page that names its site nowhere in its metadata often ends its title with it ("Storm hits coast —
     * The Daily Bugle") and signs its footer with it ("© 2026 The Daily Bugle"): both together name the site.
     */
    private static String siteNameFromTitleAndFooter(Document page) {
        String rawTitle = page.title().strip();
        for (String separator : TITLE_SEPARATORS) {
            int at = rawTitle.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String tail = rawTitle.substring(at + separator.length()).strip();
            int words = tail.isEmpty() ? 0 : tail.split("\\s+").length;
            if (words < 1 || words > MAX_SITE_NAME_WORDS || !Character.isUpperCase(tail.charAt(0))) {
                continue;
            }
            for (Element signed : page.select("footer, :containsOwn(\u00a9), :containsOwn(copyright)")) {
                if (signed.text().contains(tail)) {
                    return tail;
                }
            }
        }
        return null;
    }

    /** "Tanza Loudenback, Business Insider" credits the publisher beside the author: keep the author. */
    private static List<String> withoutPublisher(List<String> authors, String publisher, String host) {
        List<String> people = authors.stream()
                .filter(name -> !TitleCleaner.namesSite(name, publisher, host))
                .toList();
        return people.isEmpty() ? authors : people;
    }

    private String title(Document page, MetaTags meta, Metadata ld, String siteName, String host) {
        Element h1 = page.selectFirst("article h1, main h1, h1");
        List<String> candidates = new ArrayList<>();
        candidates.add(meta.first("og:title"));
        candidates.add(ld.title());
        candidates.add(meta.first("twitter:title"));
        candidates.add(h1 == null ? null : h1.text());
        candidates.add(meta.first("parsely-title", "sailthru.title", "dc.title", "dcterms.title",
                "citation_title", "headline"));
        candidates.add(page.title());
        for (String candidate : candidates) {
            String cleaned = titles.clean(candidate, siteName, host);
            if (cleaned != null && !cleaned.isBlank()) {
                return cleaned;
            }
        }
        return null;
    }

    /** "Storm hits coast | The Daily Bugle" names the site when the headline is "Storm hits coast". */
    private static String publisherFromTitle(String rawTitle, String title) {
        if (title == null || rawTitle == null || !rawTitle.strip().startsWith(title)) {
            return null;
        }
        String rest = rawTitle.strip().substring(title.length()).replaceFirst("^\\s*[|\\-–—:·•»]+\\s*", "");
        int words = rest.isBlank() ? 0 : rest.split("\\s+").length;
        return words >= 1 && words <= 5 && !rest.equals(rawTitle.strip()) ? rest.strip() : null;
    }

    private List<String> authors(Document page, MetaTags meta, Metadata ld) {
        if (!ld.authors().isEmpty()) {
            return ld.authors();
        }
        for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author", "byl",
                "dc.creator", "dcterms.creator", "citation_author", "byline")) {
            List<String> names = bylines.names(meta.all(key));
            if (!names.isEmpty()) {
                return names;
            }
        }
        return bylines.fromPage(page);
    }

    private static List<String> tags(MetaTags meta, Metadata ld) {
        List<String> raw = new ArrayList<>(ld.tags());
        raw.addAll(meta.union("article:section", "parsely-section"));
        for (String list : meta.union("article:tag", "parsely-tags", "sailthru.tags", "dc.subject")) {
            raw.addAll(List.of(list.split(",")));
        }
        if (raw.isEmpty()) {
            for (String list : meta.union("news_keywords", "keywords")) {
                raw.addAll(List.of(list.split(",")));
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : raw) {
            String clean = tag.strip();
            if (!clean.isEmpty() && clean.length() <= MAX_TAG_CHARS && tags.size() < MAX_TAGS) {
                tags.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return List.copyOf(tags.values());
    }

    private static String language(Document page, MetaTags meta, Metadata ld) {
        Element html = page.selectFirst("html");
        for (String declared : List.of(html == null ? "" : html.attr("lang"), html == null ? "" : html.attr("xml:lang"),
                Objects.requireNonNullElse(meta.first("og:locale"), ""), Objects.requireNonNullElse(ld.language(), ""),
                Objects.requireNonNullElse(meta.first("content-language", "dc.language", "language"), ""))) {
            String code = Languages.normalise(declared);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The page's host, from its address or, for a saved page, its canonical or OpenGraph URL. */
    private static String host(Document page, MetaTags meta) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        for (String url : new String[] {page.location(), canonical == null ? null : canonical.attr("href"),
                meta.first("og:url")}) {
            if (url != null && url.startsWith("http")) {
                try {
                    String host = new URI(url.strip().replace(" ", "%20")).getHost();
                    if (host != null) {
                        return host;
                    }
                } catch (URISyntaxException unreadable) {
                    // try the next address
                }
            }
        }
        return null;
    }
}
