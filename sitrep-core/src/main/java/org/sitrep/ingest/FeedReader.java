package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Entities;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with rome and turns each item into a small HTML page that the
 * extract stage reads like any article: the item's title as {@code <title>}, its date as
 * {@code article:published_time}, its author as {@code author}, its link as the canonical URL, and its content
 * ({@code content:encoded} or Atom {@code content}, else the description) as the body.
 *
 * <p>rome refuses a DOCTYPE, so no external entity is ever fetched. A feed that is not well-formed XML, or
 * not a feed, is one {@link DocumentException} naming the feed.
 *
 * <p>Thread-safe: holds no state.
 */
public final class FeedReader {

    /**
     * One item of a feed.
     *
     * @param link the item's link, or null
     * @param title the item's title, or null
     * @param page the item as an HTML page named after its link (or {@code FEED#item N}); null when the item
     *             carries no content, only a link
     */
    public record FeedItem(String link, String title, RawDocument page) {
    }

    /**
     * The items of {@code feed}, in the feed's order.
     *
     * @throws DocumentException naming the feed when it is not a well-formed RSS or Atom feed
     */
    public List<FeedItem> read(RawDocument feed) {
        Objects.requireNonNull(feed, "feed");
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feed.content())));
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new DocumentException(feed.source(), new Problem("invalid-feed",
                    "not a well-formed RSS or Atom feed: " + describe(e)));
        }
        List<FeedItem> items = new ArrayList<>();
        List<SyndEntry> entries = parsed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String link = blankToNull(entry.getLink());
            String title = blankToNull(entry.getTitle());
            String content = content(entry);
            RawDocument page = content == null ? null : new RawDocument(
                    link != null ? link : feed.source() + "#item " + (i + 1),
                    page(entry, link, title, content, blankToNull(parsed.getTitle())).getBytes(StandardCharsets.UTF_8));
            items.add(new FeedItem(link, title, page));
        }
        return items;
    }

    /**
     * True when the bytes begin (after a byte-order mark, white space, the XML declaration, comments and a
     * DOCTYPE) with an {@code rss}, {@code feed} or {@code rdf:RDF} element: a feed, whatever the file is called.
     */
    public static boolean looksLikeFeed(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String end = text.startsWith("<?", i) ? "?>" : text.startsWith("<!--", i) ? "-->"
                    : text.regionMatches(true, i, "<!DOCTYPE", 0, 9) ? ">" : null;
            if (end == null) {
                break;
            }
            int close = text.indexOf(end, i);
            if (close < 0) {
                return false;
            }
            i = close + end.length();
        }
        String start = text.substring(i, Math.min(text.length(), i + 9)).toLowerCase(Locale.ROOT);
        return start.matches("<(rss|feed|rdf:rdf)[\\s>/].*") || start.matches("<(rss|feed|rdf:rdf)");
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String html = asHtml(content);
            if (html != null) {
                return html;
            }
        }
        return asHtml(entry.getDescription());
    }

    /** The content as HTML: plain text is escaped, HTML and XHTML are kept as they are. */
    private static String asHtml(SyndContent content) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return "<p>" + Entities.escape(content.getValue()).replaceAll("\\n\\s*\\n", "</p>\n<p>") + "</p>";
        }
        return content.getValue();
    }

    private static String page(SyndEntry entry, String link, String title, String content, String feedTitle) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        if (title != null) {
            html.append("<title>").append(Entities.escape(title)).append("</title>\n");
            meta(html, "property", "og:title", title);
        }
        if (link != null) {
            html.append("<link rel=\"canonical\" href=\"").append(Entities.escape(link)).append("\">\n");
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            meta(html, "property", "article:published_time", date.toInstant().toString());
        }
        String author = author(entry);
        if (author != null) {
            meta(html, "name", "author", author);
        }
        if (feedTitle != null) {
            meta(html, "property", "og:site_name", feedTitle);
        }
        return html.append("</head><body><article>\n").append(content).append("\n</article></body></html>\n").toString();
    }

    private static void meta(StringBuilder html, String attribute, String name, String value) {
        html.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
                .append(Entities.escape(value)).append("\">\n");
    }

    private static String author(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                names.add(person.getName().strip());
            }
        }
        if (names.isEmpty()) {
            return blankToNull(entry.getAuthor());
        }
        return String.join(", ", names);
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
