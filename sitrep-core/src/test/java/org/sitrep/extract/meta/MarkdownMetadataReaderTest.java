package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownMetadataReaderTest {

    private static final String BODY = "The harbour authority said on Tuesday that the strike had cost the port more"
            + " than two million euros in lost fees, and that talks with the union would resume next week.";

    private final MarkdownMetadataReader reader = new MarkdownMetadataReader();

    @Test
    void readsTitleBylineDatelineAndLabelledLinesOfARendering() {
        String markdown = """
                # Port Strike Enters Its Second Week. Talks Stall Over Night Shifts

                By [Jane Doe](#)

                Harbour Gazette, March 07, 2023

                Region: [Europe](#)

                Theme: [Labour](#), [Transport](#)

                In-depth Report: [PORTS](#)

                """ + BODY + "\n";

        Metadata metadata = reader.read(markdown);

        assertEquals("Port Strike Enters Its Second Week. Talks Stall Over Night Shifts", metadata.title());
        assertEquals(List.of("Jane Doe"), metadata.authors());
        assertEquals(LocalDate.of(2023, 3, 7), metadata.published());
        assertEquals("Harbour Gazette", metadata.publisher());
        assertEquals(List.of("Europe", "Labour", "Transport", "PORTS"), metadata.tags());
        assertEquals("en", metadata.language());
    }

    @Test
    void readsASetextHeadingAndPlainTagLists() {
        String markdown = """
                Ferry Timetable Changes Next Month
                ==================================

                By Ann Poe and John Roe
                Published: 2023-05-17
                Tags: ferries, transport; islands

                """ + BODY;

        Metadata metadata = reader.read(markdown);

        assertEquals("Ferry Timetable Changes Next Month", metadata.title());
        assertEquals(List.of("Ann Poe", "John Roe"), metadata.authors());
        assertEquals(LocalDate.of(2023, 5, 17), metadata.published());
        assertEquals(List.of("ferries", "transport", "islands"), metadata.tags());
    }

    @Test
    void plainTextTitleIsAShortFirstLineWithoutClosingPunctuation() {
        Metadata metadata = reader.read("Floods Close the Valley Road\n\nBy Jane Doe\n\n" + BODY);

        assertEquals("Floods Close the Valley Road", metadata.title());
        assertEquals(List.of("Jane Doe"), metadata.authors());
    }

    @Test
    void plainTextStartingWithASentenceHasNoTitle() {
        assertNull(reader.read(BODY + "\n\nBy the end of the week the port was quiet.").title());
    }

    @Test
    void bodySentencesAreNeverReadAsMetadata() {
        String markdown = "# Quiet Week at the Port\n\n" + BODY + "\n\nBy Friday, workers said.\n\n"
                + "Tags: not, a, header\n\nCity Hall, June 2, 2021\n";

        Metadata metadata = reader.read(markdown);

        assertEquals(List.of(), metadata.authors());
        assertEquals(List.of(), metadata.tags());
        assertNull(metadata.published());
    }

    @Test
    void bylineAfterAShortStandfirstIsStillRead() {
        String markdown = "# Quiet Week at the Port\n\nWhy the strike ended without a deal, and what comes next.\n\n"
                + "By Jane Doe\n\nNov. 19, 2019\n\n" + BODY;

        Metadata metadata = reader.read(markdown);

        assertEquals(List.of("Jane Doe"), metadata.authors());
        assertEquals(LocalDate.of(2019, 11, 19), metadata.published());
    }

    @Test
    void joinsAHeadingWrappedByTheConverter() {
        String markdown = "Menu\n\n# Regional council approves the long-delayed coastal railway extension\n"
                + "after a year of talks\n\nBy Jane Doe\n\n" + BODY + "\n\n" + BODY;

        assertEquals("Regional council approves the long-delayed coastal railway extension after a year of talks",
                reader.read(markdown).title());
    }

    @Test
    void closingLinesNameThePublisherWhenTheHeaderDoesNot() {
        String markdown = "# Quiet Week at the Port\n\nBy Jane Doe\n\n" + BODY + "\n\n"
                + "The original source of this article is Harbour Gazette\n"
                + "Copyright © [Jane Doe](#), Harbour Gazette, 2023\n";

        assertEquals("Harbour Gazette", reader.read(markdown).publisher());
        assertEquals("Coast Media", reader.read("# Title\n\n" + BODY + "\n\nCopyright © 2023 Coast Media. All rights"
                + " reserved.").publisher());
    }

    @Test
    void updatedLabelIsUsedOnlyWithoutAPublishedDate() {
        assertEquals(LocalDate.of(2020, 1, 2),
                reader.read("# Title\n\nUpdated: January 2, 2020\n\n" + BODY).published());
        assertEquals(LocalDate.of(2020, 1, 1), reader.read(
                "# Title\n\nUpdated: January 2, 2020\nPublished: January 1, 2020\n\n" + BODY).published());
    }

    @Test
    void datesInsideLinkAddressesAreNotShownDates() {
        String markdown = "# Quiet Week at the Port\n\n"
                + "* [![Older story](https://img.example/2011/04/04/a.jpg)](https://gazette.example/2011/04/04/older/)\n"
                + "* <https://gazette.example/2012/05/27/other/>\n\n" + BODY;

        assertNull(reader.read(markdown).published());
    }

    @Test
    void aBylineDatedOnlyByAnUpdateGivesThatDateLast() {
        String markdown = "# Quiet Week at the Port\n\nBy Jane Doe Updated Nov 13, 2019, 10:28am EST\n\n"
                + "Nov 8, 2019\n\n" + BODY;

        assertEquals(LocalDate.of(2019, 11, 8), reader.read(markdown).published());
    }

    @Test
    void readsABylineThatFollowsTheDate() {
        Metadata metadata = reader.read("# Quiet Week at the Port\n\nMonday March 6, 2023 7:45 am CET by Jane Doe\n\n"
                + BODY);

        assertEquals(List.of("Jane Doe"), metadata.authors());
        assertEquals(LocalDate.of(2023, 3, 6), metadata.published());
        assertNull(metadata.publisher());
    }

    @Test
    void emptyTextGivesNothing() {
        assertEquals(Metadata.EMPTY, reader.read(""));
        assertEquals(Metadata.EMPTY, reader.read("  \n\n "));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> reader.read(null));
    }
}
