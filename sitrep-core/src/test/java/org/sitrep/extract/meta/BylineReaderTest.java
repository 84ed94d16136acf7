package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylineReaderTest {

    private final BylineReader reader = new BylineReader();

    @Test
    void splitsOnAndAndCommasAndDropsBy() {
        assertEquals(List.of("Jane Doe", "John Roe"), reader.names("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), reader.names("BY Jane Doe, John Roe & Ann Poe"));
    }

    @Test
    void dropsDatesTimesAndUpdateNotes() {
        assertEquals(List.of("Jane Doe"), reader.names("By Jane Doe | Updated Oct. 3, 2024"));
        assertEquals(List.of("Jane Doe"), reader.names("Jane Doe October 3, 2024 10:15 am"));
        assertEquals(List.of("Jane Doe"), reader.names("Jane Doe on Monday, November 18th, 2019 at 11:08 a.m."));
    }

    @Test
    void dropsJobTitlesAndCredentials() {
        assertEquals(List.of("Jane Doe"), reader.names("By Jane Doe, Senior Reporter"));
        assertEquals(List.of("Tom Field"), reader.names("TOM FIELD, AP Auto Writer"));
        assertEquals(List.of("Ilana Brook"), reader.names("Ilana Brook, MS, RDN"));
        assertEquals(List.of("Chris Vale"), reader.names("Analysis by Chris Vale, CNN Editor-at-large"));
    }

    @Test
    void titleCasesNamesWrittenInCapitalsButKeepsAgencyAcronyms() {
        assertEquals(List.of("Mary Clare Holt", "AFP"), reader.names("MARY CLARE HOLT and AFP"));
    }

    @Test
    void separatesAnAgencyGluedToAName() {
        assertEquals(List.of("Tom Field", "Associated Press"), reader.names("Tom Field Associated Press"));
    }

    @Test
    void endsANameAtAFullStopButKeepsInitials() {
        assertEquals(List.of("Finn Carter", "Harbour Radio"), reader.names("Finn Carter. Harbour Radio"));
        assertEquals(List.of("E. J. Dunmore"), reader.names("By E. J. Dunmore"));
    }

    @Test
    void rejectsUrlsHandlesAndLabels() {
        assertEquals(List.of(), reader.names("https://www.facebook.com/janedoe"));
        assertEquals(List.of(), reader.names("@janedoe"));
        assertEquals(List.of(), reader.names("Staff Writer"));
        assertEquals(List.of(), reader.names("admin"));
    }

    @Test
    void dropsDuplicatesAcrossSources() {
        assertEquals(List.of("Jane Doe", "John Roe"),
                reader.names(List.of("Jane Doe", "JANE DOE and John Roe", "By John Roe")));
    }

    @Test
    void readsLinkSyntaxOfMarkdownBylines() {
        assertEquals(List.of("Jane Doe"), reader.names("By [Jane Doe](#)"));
    }

    @Test
    void findsSchemaOrgAuthorMarkupInThePage() {
        String html = "<article><h1>Bridge reopens</h1><div itemprop=author itemscope>"
                + "<span itemprop=name>Jane Doe</span></div><p>The bridge reopened today.</p></article>";
        assertEquals(List.of("Jane Doe"), reader.fromPage(Jsoup.parse(html)));
    }

    @Test
    void findsRelAuthorLinksSideBySide() {
        String html = "<article><p class=credits>By <a rel=author href=/a/jd>Jane Doe</a> and "
                + "<a rel=author href=/a/jr>John Roe</a></p><aside><div><div><a rel=author href=/a/x>Other Writer</a>"
                + "</div></div></aside></article>";
        assertEquals(List.of("Jane Doe", "John Roe"), reader.fromPage(Jsoup.parse(html)));
    }

    @Test
    void findsBylineClassesAndPlainByLines() {
        assertEquals(List.of("Jane Doe"), reader.fromPage(Jsoup.parse(
                "<div class='article-byline'>By Jane Doe, Staff Writer</div><p>Text of the story.</p>")));
        assertEquals(List.of("Jane Doe", "John Roe"), reader.fromPage(Jsoup.parse(
                "<h1>Bridge reopens</h1><p>By Jane Doe and John Roe</p><p>The bridge reopened today.</p>")));
    }

    @Test
    void ignoresAuthorClassesOnThePageBody() {
        String html = "<body class='single-author'><nav><a href=/>Home</a><a href=/design>Design</a></nav>"
                + "<p>No byline on this page.</p></body>";
        assertEquals(List.of(), reader.fromPage(Jsoup.parse(html)));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> reader.names((String) null));
        assertThrows(NullPointerException.class, () -> reader.fromPage(null));
    }
}
