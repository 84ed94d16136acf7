package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    private final JsonLdReader reader = new JsonLdReader();

    private static Document page(String... blocks) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String block : blocks) {
            html.append("<script type=\"application/ld+json\">").append(block).append("</script>");
        }
        return Jsoup.parse(html.append("</head><body><p>Story.</p></body></html>").toString());
    }

    @Test
    void readsANewsArticle() {
        Metadata metadata = reader.read(page("""
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Port strike enters second week",
                 "author": {"@type": "Person", "name": "Jane Doe"},
                 "datePublished": "2024-10-03T08:00:00+02:00", "dateModified": "2024-10-05T10:00:00+02:00",
                 "publisher": {"@type": "Organization", "name": "Harbour Gazette"},
                 "articleSection": "Business", "keywords": "strikes, ports, labour",
                 "inLanguage": "en-GB"}"""));

        assertEquals("Port strike enters second week", metadata.title());
        assertEquals(List.of("Jane Doe"), metadata.authors());
        assertEquals(LocalDate.of(2024, 10, 3), metadata.published());
        assertEquals("Harbour Gazette", metadata.publisher());
        assertEquals(List.of("Business", "strikes", "ports", "labour"), metadata.tags());
        assertEquals("en", metadata.language());
    }

    @Test
    void followsGraphReferencesToAuthorsAndPublisher() {
        Metadata metadata = reader.read(page("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "@id": "https://gazette.example/#website", "name": "Harbour Gazette"},
                  {"@type": "Person", "@id": "https://gazette.example/#/person/1", "name": "John Roe"},
                  {"@type": ["BlogPosting"], "headline": "Ferry timetable changes",
                   "author": {"@id": "https://gazette.example/#/person/1"},
                   "publisher": {"@id": "https://gazette.example/#website"},
                   "datePublished": "2023-05-17", "keywords": ["ferries", "transport"]}]}"""));

        assertEquals("Ferry timetable changes", metadata.title());
        assertEquals(List.of("John Roe"), metadata.authors());
        assertEquals("Harbour Gazette", metadata.publisher());
        assertEquals(List.of("ferries", "transport"), metadata.tags());
    }

    @Test
    void readsAuthorsGivenAsAListOfPeopleOrganisationsAndStrings() {
        Metadata metadata = reader.read(page("""
                [{"@type": "BreadcrumbList"},
                 {"@type": "ReportageNewsArticle", "headline": "Floods in the valley",
                  "author": [{"@type": "Person", "name": "Jane Doe"}, "John Roe and Ann Poe",
                             {"@type": "Organization", "name": "Valley Radio"}, "https://valley.example/staff"],
                  "datePublished": "2022-02-01"}]"""));

        assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe", "Valley Radio"), metadata.authors());
        assertEquals(LocalDate.of(2022, 2, 1), metadata.published());
    }

    @Test
    void findsTheArticleAsTheMainEntityOfAPage() {
        Metadata metadata = reader.read(page("""
                {"@type": "WebPage", "mainEntity": {"@type": "Article", "headline": "Inside the new museum",
                 "author": "Ann Poe", "datePublished": "October 3, 2024"}}"""));

        assertEquals("Inside the new museum", metadata.title());
        assertEquals(List.of("Ann Poe"), metadata.authors());
        assertEquals(LocalDate.of(2024, 10, 3), metadata.published());
    }

    @Test
    void skipsBrokenBlocksAndReadsTheGoodOnes() {
        Metadata metadata = reader.read(page("{\"@type\": \"NewsArticle\", \"headline\": \"cut off",
                "{\"@type\": \"NewsArticle\", \"headline\": \"Whole block\", \"datePublished\": \"2021-06-30\",}"));

        assertEquals("Whole block", metadata.title());
        assertEquals(LocalDate.of(2021, 6, 30), metadata.published());
    }

    @Test
    void unescapesHtmlEntitiesLeftInText() {
        Metadata metadata = reader.read(page("""
                {"@type": "NewsArticle", "headline": "Fish &amp; chips shop wins award",
                 "author": {"@type": "Person", "name": "Se&#225;n Roe"}}"""));

        assertEquals("Fish & chips shop wins award", metadata.title());
        assertEquals(List.of("Seán Roe"), metadata.authors());
    }

    @Test
    void pageWithoutJsonLdGivesNothing() {
        Metadata metadata = reader.read(Jsoup.parse("<p>Nothing structured here.</p>"));

        assertEquals(Metadata.EMPTY, metadata);
        assertNull(reader.read(page("not json at all")).title());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> reader.read(null));
    }
}
