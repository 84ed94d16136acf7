package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.DocumentException;

class FeedReaderTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Harbour Gazette</title>
                <link>https://gazette.example/</link>
                <description>News from the coast</description>
                <item>
                  <title>Fishermen block the port of Velmora</title>
                  <link>https://gazette.example/2024/10/port-blockade</link>
                  <pubDate>Thu, 03 Oct 2024 09:30:00 GMT</pubDate>
                  <dc:creator>Ana Ribeiro</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>Hundreds of fishermen blocked the port of Velmora on Thursday,
                    demanding that the ministry withdraw the new quota rules.</p>
                    <p>The harbour master said no ship had left since dawn and that talks would resume on Friday.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Ferry timetable changes</title>
                  <link>https://gazette.example/2024/10/ferries</link>
                  <description>&lt;p&gt;The winter ferry timetable starts on Monday, with two crossings fewer each day.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Headline only</title>
                  <link>https://gazette.example/2024/10/headline</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>River Basin Monitor</title>
              <id>urn:example:river-monitor</id>
              <updated>2024-11-02T12:00:00Z</updated>
              <entry>
                <title>Upstream dam talks stall</title>
                <id>urn:example:river-monitor:1</id>
                <link href="https://monitor.example/dam-talks"/>
                <published>2024-11-01T16:45:00Z</published>
                <updated>2024-11-02T08:00:00Z</updated>
                <author><name>Idris Kamau</name></author>
                <content type="html">&lt;p&gt;Negotiators from the two riparian states left the dam talks without
                  an agreement on Friday, each accusing the other of stalling.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    private final FeedReader reader = new FeedReader();

    private static RawDocument feed(String name, String xml) {
        return RawDocument.ofText(name, xml);
    }

    @Test
    void rssItemsWithContentBecomePagesNamedAfterTheirLinks() {
        List<FeedReader.FeedItem> items = reader.read(feed("gazette.rss", RSS));

        assertEquals(3, items.size());
        assertEquals("https://gazette.example/2024/10/port-blockade", items.get(0).page().source());
        assertEquals("https://gazette.example/2024/10/ferries", items.get(1).page().source());
        assertNull(items.get(2).page(), "an item with neither content nor description has no page");
        assertEquals("https://gazette.example/2024/10/headline", items.get(2).link());
    }

    @Test
    void theExtractorReadsTitleDateAuthorAndBodyOfAnRssItem() {
        RawDocument page = reader.read(feed("gazette.rss", RSS)).get(0).page();

        Document document = new ArticleExtractor().apply(page).document();

        assertEquals("Fishermen block the port of Velmora", document.title());
        assertEquals("2024-10-03", document.published().substring(0, 10));
        assertEquals(List.of("Ana Ribeiro"), document.authors());
        assertTrue(document.text().contains("Hundreds of fishermen blocked the port of Velmora"), document.text());
        assertTrue(document.text().contains("talks would resume on Friday"), document.text());
        assertFalse(document.text().contains("Short teaser"), "content:encoded wins over the description");
    }

    @Test
    void anEscapedDescriptionIsReadAsHtml() {
        RawDocument page = reader.read(feed("gazette.rss", RSS)).get(1).page();

        Document document = new ArticleExtractor().apply(page).document();

        assertEquals("The winter ferry timetable starts on Monday, with two crossings fewer each day.", document.text().strip());
    }

    @Test
    void atomEntriesGiveTitlePublishedDateAuthorAndContent() {
        List<FeedReader.FeedItem> items = reader.read(feed("monitor.atom", ATOM));

        Document document = new ArticleExtractor().apply(items.get(0).page()).document();

        assertEquals("https://monitor.example/dam-talks", document.source());
        assertEquals("Upstream dam talks stall", document.title());
        assertEquals("2024-11-01", document.published().substring(0, 10));
        assertEquals(List.of("Idris Kamau"), document.authors());
        assertTrue(document.text().startsWith("Negotiators from the two riparian states"), document.text());
    }

    @Test
    void anItemWithoutLinkIsNamedAfterTheFeedAndItsPlace() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
                + "<item><title>A</title><description>The council met at noon and adjourned.</description></item></channel></rss>";

        assertEquals("notes.xml#item 1", reader.read(feed("notes.xml", xml)).get(0).page().source());
    }

    @Test
    void invalidXmlIsOneErrorNamingTheFeed() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> reader.read(feed("broken.rss", "<rss version=\"2.0\"><channel><title>Cut off")));

        assertEquals("broken.rss", e.source());
        assertEquals("invalid-feed", e.problem().kind());
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>&secret;</title><link>https://x.example/</link>"
                + "<description>d</description></channel></rss>";

        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(feed("evil.rss", xml)));

        assertEquals("invalid-feed", e.problem().kind());
    }

    @Test
    void feedsAreRecognisedByTheirFirstElement() {
        assertTrue(FeedReader.looksLikeFeed(RSS.getBytes(StandardCharsets.UTF_8)));
        assertTrue(FeedReader.looksLikeFeed(ATOM.getBytes(StandardCharsets.UTF_8)));
        assertTrue(FeedReader.looksLikeFeed("\uFEFF<!-- a note --><rdf:RDF xmlns:rdf=\"x\">".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FeedReader.looksLikeFeed("<html><head><link type=\"application/rss+xml\"><feed>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FeedReader.looksLikeFeed("<?xml version=\"1.0\"?><feedback/>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FeedReader.looksLikeFeed(new byte[0]));
    }
}
