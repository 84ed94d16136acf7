package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlMetadataReaderTest {

    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private Metadata read(String html) {
        return reader.read(Jsoup.parse(html, "https://www.harbourgazette.example/news/1"));
    }

    @Test
    void readsOpenGraphAndArticleTags() {
        Metadata metadata = read("""
                <html lang="en-US"><head><title>Port strike enters second week | Harbour Gazette</title>
                <meta property="og:title" content="Port strike enters second week">
                <meta property="og:site_name" content="Harbour Gazette">
                <meta property="article:published_time" content="2024-10-03T08:00:00+02:00">
                <meta property="article:modified_time" content="2024-10-04T08:00:00+02:00">
                <meta property="article:author" content="https://www.facebook.com/harbourgazette">
                <meta name="author" content="Jane Doe">
                <meta property="article:section" content="Business">
                <meta property="article:tag" content="Strikes"><meta property="article:tag" content="Ports">
                </head><body><h1>Port strike enters second week</h1><p>Dock workers stayed out.</p></body></html>""");

        assertEquals(new Metadata("Port strike enters second week", List.of("Jane Doe"), LocalDate.of(2024, 10, 3),
                "Harbour Gazette", List.of("Business", "Strikes", "Ports"), "en"), metadata);
    }

    @Test
    void jsonLdComesBeforeMetaTags() {
        Metadata metadata = read("""
                <head><meta name="author" content="Somebody Else">
                <meta name="date" content="2020-01-01">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry timetable changes",
                 "author": {"@type": "Person", "name": "John Roe"}, "datePublished": "2023-05-17T09:00:00+01:00"}
                </script></head><body><p>The ferries change.</p></body>""");

        assertEquals(List.of("John Roe"), metadata.authors());
        assertEquals(LocalDate.of(2023, 5, 17), metadata.published());
        assertEquals("Ferry timetable changes", metadata.title());
    }

    @Test
    void readsParselySailthruDublinCoreAndCitationTags() {
        assertEquals(LocalDate.of(2019, 11, 19), read(
                "<meta name='parsely-pub-date' content='2019-11-19T10:00:00-05:00'>"
                + "<meta name='parsely-author' content='Jane Doe'><p>x</p>").published());
        assertEquals(List.of("Jane Doe"), read("<meta name='parsely-author' content='Jane Doe'>").authors());
        assertEquals(List.of("John Roe"), read("<meta name='sailthru.author' content='John Roe'>").authors());
        assertEquals(LocalDate.of(2018, 3, 4), read("<meta name='sailthru.date' content='2018-03-04 10:00:00 -0500'>")
                .published());
        assertEquals(List.of("Ann Poe"), read("<meta name='DC.creator' content='Ann Poe'>").authors());
        assertEquals(LocalDate.of(2017, 6, 1), read("<meta name='DC.date.issued' content='2017-06-01'>").published());
        assertEquals(LocalDate.of(2016, 2, 29), read("<meta name='citation_publication_date' content='2016/02/29'>")
                .published());
        assertEquals(List.of("Ann Poe", "John Roe"), read("<meta name='citation_author' content='Ann Poe'>"
                + "<meta name='citation_author' content='John Roe'>").authors());
        assertEquals(List.of("Metro", "rail", "fares"), read("<meta name='parsely-section' content='Metro'>"
                + "<meta name='parsely-tags' content='rail, fares'>").tags());
    }

    @ParameterizedTest
    @ValueSource(strings = {"name='date'", "name='pubdate'", "name='publish-date'", "name='DC.date'",
            "property='og:published_time'", "itemprop='datePublished'", "name='citation_date'"})
    void readsTheDateFromEachCommonMetaName(String attribute) {
        assertEquals(LocalDate.of(2022, 4, 5),
                read("<meta " + attribute + " content='2022-04-05'><p>x</p>").published());
    }

    @Test
    void readsItempropDatePublishedAndTimeElements() {
        assertEquals(LocalDate.of(2021, 7, 8), read("<span itemprop='datePublished' content='2021-07-08'>July 8</span>")
                .published());
        assertEquals(LocalDate.of(2021, 7, 8), read("<h1>Headline</h1><time datetime='2021-07-08T10:00'>"
                + "8 July</time><p>Text.</p>").published());
        assertEquals(LocalDate.of(2021, 7, 8), read("<h1>Headline</h1><time>Jul. 8, 2021</time>").published());
    }

    @Test
    void aPublishedTimeElementBeatsAnUpdatedOne() {
        Metadata metadata = read("""
                <h1>Headline</h1><div class="updated"><time datetime="2021-07-10">July 10</time></div>
                <div class="published"><time datetime="2021-07-08">July 8</time></div>""");

        assertEquals(LocalDate.of(2021, 7, 8), metadata.published());
    }

    @Test
    void readsAShownPublishedLineWhenNoMarkupSaysIt() {
        Metadata metadata = read("""
                <h1>Headline</h1><p class="statement">Said on Sunday, October 13th, 2019</p>
                <p>Published: Monday, November 18th, 2019 at 11:08 a.m.</p><p>Body text.</p>""");

        assertEquals(LocalDate.of(2019, 11, 18), metadata.published());
    }

    @Test
    void modifiedDateIsTheLastResort() {
        assertEquals(LocalDate.of(2020, 5, 6), read("<meta property='article:modified_time' content='2020-05-06'>")
                .published());
    }

    @Test
    void aUtcTimestampTakesTheDayThePageShowsWhenItIsADayEarlier() {
        Metadata metadata = read("""
                <head><meta property="article:published_time" content="2019-11-20T02:59:46Z"></head>
                <body><h1>Late game</h1><div class="byline"><span class="date">November 19, 2019 at 9:59 pm</span>
                </div><p>The game ran late.</p></body>""");

        assertEquals(LocalDate.of(2019, 11, 19), metadata.published());
    }

    @Test
    void aUtcTimestampKeepsItsDayWhenThePageShowsNothingElse() {
        assertEquals(LocalDate.of(2019, 11, 20),
                read("<meta property='article:published_time' content='2019-11-20T02:59:46Z'><h1>x</h1>").published());
    }

    @Test
    void titlePrefersOpenGraphThenHeadlineOverTheTitleElement() {
        assertEquals("Council votes on the bridge", read("<title>Home | Harbour Gazette</title>"
                + "<h1>Council votes on the bridge</h1>").title());
        assertEquals("Council votes on the bridge", read("<title>Council votes on the bridge - Harbour Gazette</title>")
                .title());
    }

    @Test
    void publisherComesFromTheTitleWhenNothingElseNamesIt() {
        Metadata metadata = read("<title>Council votes on the bridge | Harbour Gazette</title>"
                + "<h1>Council votes on the bridge</h1>");

        assertEquals("Harbour Gazette", metadata.publisher());
    }

    @Test
    void publisherIsNeverAUrlAndLosesItsSlogan() {
        assertEquals("Harbour Gazette", read("<meta property='og:site_name' content='https://harbourgazette.example'>"
                + "<meta name='application-name' content='Harbour Gazette | News for the coast'>").publisher());
    }

    @Test
    void authorsNamingThePublisherAreDroppedWhenAPersonIsCredited() {
        Metadata metadata = read("<meta property='og:site_name' content='Harbour Gazette'>"
                + "<meta name='author' content='Jane Doe, Harbour Gazette'>");

        assertEquals(List.of("Jane Doe"), metadata.authors());
    }

    @Test
    void readsBylinesInThePageWhenNoTagNamesTheAuthor() {
        assertEquals(List.of("Jane Doe", "John Roe"),
                read("<h1>Headline</h1><div class='byline'>By Jane Doe and John Roe | 3 October 2024</div>").authors());
    }

    @Test
    void languageComesFromHtmlLangThenOpenGraphLocale() {
        assertEquals("fr", read("<html lang='fr-CA'><p>x</p></html>").language());
        assertEquals("pt", read("<meta property='og:locale' content='pt_BR'><p>x</p>").language());
        assertNull(read("<p>No language declared.</p>").language());
    }

    @Test
    void emptyPageGivesNothing() {
        assertEquals(Metadata.EMPTY, read(""));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> reader.read(null));
    }

    @Test
    void siteNamedAtTheEndOfTheTitleAndSignedInTheFooterIsThePublisher() {
        Metadata m = read("<title>Ferry service resumes across the strait \u2014 Harbour Gazette</title>"
                + "<h2>Ferry service resumes across the strait after storms</h2><p>Boats sailed again.</p>"
                + "<p><small>\u00a9 2026 Harbour Gazette</small></p>");
        assertEquals("Harbour Gazette", m.publisher());
        assertEquals("Ferry service resumes across the strait", m.title());
    }

    @Test
    void titleEndingThatTheFooterDoesNotSignIsNotThePublisher() {
        Metadata m = read("<title>Talks on the river treaty - Kazakhstan</title><p>Officials met.</p>"
                + "<footer>Contact the newsroom</footer>");
        assertNull(m.publisher());
    }
}
