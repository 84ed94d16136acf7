package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltTsvTest {

    private final GdeltTsv gdelt = new GdeltTsv(Instant.parse("2024-10-04T06:15:00Z"));

    private static String[] cells(String line) {
        return line.split("\t", -1);
    }

    private String cell(String line, String column) {
        return cells(line)[GdeltTsv.COLUMNS.indexOf(column)];
    }

    @Test
    void everyLineHasTheSixtyOneColumnsAndNoLineBreak() {
        List<String> lines = new ArrayList<>();
        lines.addAll(gdelt.lines(EventRows.accusation("112"), EventRows.report()));
        lines.addAll(gdelt.lines(EventRows.accusation("112", List.of("a1", "a3"), List.of("Paki\tstan\nGov", "China"),
                List.of("PAK", "CHN")), EventRows.report()));
        lines.addAll(gdelt.lines(EventRows.bare("AID", "0874"), new EventReport("https://x.example/a\tb\nc", null,
                1, 1, 1, null, List.of())));

        assertEquals(61, GdeltTsv.COLUMNS.size());
        assertEquals(61, cells(gdelt.header()).length);
        assertEquals(4, lines.size());
        for (String line : lines) {
            assertEquals(61, cells(line).length, line);
            assertFalse(line.contains("\n") || line.contains("\r"), line);
        }
        assertEquals("PAKI STAN GOV", cell(lines.get(1), "Actor1Name"));
        assertEquals("https://x.example/a b c", cell(lines.get(3), "SOURCEURL"));
    }

    @Test
    void actorCodesAreCountryAndSector() {
        String line = gdelt.lines(EventRows.accusation("112"), EventRows.report()).get(0);

        assertEquals("PAKGOV", cell(line, "Actor1Code"));
        assertEquals("PAKISTAN", cell(line, "Actor1Name"));
        assertEquals("PAK", cell(line, "Actor1CountryCode"));
        assertEquals("", cell(line, "Actor1KnownGroupCode"));
        assertEquals("GOV", cell(line, "Actor1Type1Code"));
        assertEquals("AFGREB", cell(line, "Actor2Code"));
        assertEquals("TALIBAN", cell(line, "Actor2KnownGroupCode"));
        assertEquals("REB", cell(line, "Actor2Type1Code"));
    }

    @Test
    void eventCodesQuadClassAndGoldsteinFollowTheCameoCode() {
        String[][] expected = {
                {"112", "112", "11", "3", "-2.0"},
                {"0874", "087", "08", "2", "10.0"},
                {"042", "042", "04", "1", "1.9"},
                {"190", "190", "19", "4", "-10.0"},
                {"1823", "182", "18", "4", "-10.0"},
        };
        for (String[] row : expected) {
            String line = gdelt.lines(EventRows.accusation(row[0]), EventRows.report()).get(0);
            assertEquals(row[0], cell(line, "EventCode"));
            assertEquals(row[1], cell(line, "EventBaseCode"));
            assertEquals(row[2], cell(line, "EventRootCode"));
            assertEquals(row[3], cell(line, "QuadClass"), row[0]);
            assertEquals(row[4], cell(line, "GoldsteinScale"), row[0]);
        }
    }

    @Test
    void datesCountsAndSourceComeFromTheEventAndItsReport() {
        String line = gdelt.lines(EventRows.accusation("112"), EventRows.report()).get(0);

        assertEquals("20240926", cell(line, "SQLDATE"));
        assertEquals("202409", cell(line, "MonthYear"));
        assertEquals("2024", cell(line, "Year"));
        assertEquals("2024.8110", cell(line, "FractionDate"));
        assertEquals("4", cell(line, "NumMentions"));
        assertEquals("3", cell(line, "NumSources"));
        assertEquals("3", cell(line, "NumArticles"));
        assertEquals("", cell(line, "AvgTone"));
        assertEquals("1", cell(line, "IsRootEvent"));
        assertEquals("20241004061500", cell(line, "DATEADDED"));
        assertEquals("https://news.example/border", cell(line, "SOURCEURL"));
    }

    @Test
    void anEventWithoutDayTakesThePublicationDay() {
        EventReport report = new EventReport("u", EventRows.PUBLISHED, 1, 1, 1, -1.25, EventRows.ACTORS);
        String line = gdelt.lines(EventRows.bare("AID", "0874"), report).get(0);

        assertEquals("20241003", cell(line, "SQLDATE"));
        assertEquals("-1.2500", cell(line, "AvgTone"));
        assertEquals("0", cell(line, "IsRootEvent"));
        assertEquals("IGO", cell(line, "Actor1Code"));
        assertEquals("UN", cell(line, "Actor1KnownGroupCode"));
        assertEquals("", cell(line, "Actor2Code"));
    }

    @Test
    void geoColumnsAreFilledAtCountryLevelWithFipsCodes() {
        String line = gdelt.lines(EventRows.accusation("112"), EventRows.report()).get(0);

        assertEquals("1", cell(line, "Actor1Geo_Type"));
        assertEquals("Pakistan", cell(line, "Actor1Geo_FullName"));
        assertEquals("PK", cell(line, "Actor1Geo_CountryCode"));
        assertEquals("AF", cell(line, "Actor2Geo_CountryCode"));
        assertEquals("United States", cell(line, "ActionGeo_FullName"));
        assertEquals("US", cell(line, "ActionGeo_CountryCode"));
        String bare = gdelt.lines(EventRows.bare("AID", "073"), EventRows.report()).get(0);
        assertEquals("0", cell(bare, "ActionGeo_Type"));
        assertEquals("", cell(bare, "ActionGeo_CountryCode"));
    }

    @Test
    void aJointActBecomesOneLinePerPairWithDistinctIds() {
        List<String> lines = gdelt.lines(EventRows.accusation("112", List.of("a1", "a3"), List.of("Pakistan", "China"),
                List.of("PAK", "CHN")), EventRows.report());

        assertEquals(2, lines.size());
        assertEquals("PAKGOV", cell(lines.get(0), "Actor1Code"));
        assertEquals("CHNGOV", cell(lines.get(1), "Actor1Code"));
        assertNotEquals(cell(lines.get(0), "GLOBALEVENTID"), cell(lines.get(1), "GLOBALEVENTID"));
        assertTrue(Long.parseLong(cell(lines.get(0), "GLOBALEVENTID")) > 0);
        assertEquals(cell(lines.get(0), "GLOBALEVENTID"),
                cell(gdelt.lines(EventRows.accusation("112"), EventRows.report()).get(0), "GLOBALEVENTID"));
    }

    @Test
    void theGoldsteinTableCoversEveryRootAndStaysInRange() {
        CameoScales scales = CameoScales.bundled();
        for (int root = 1; root <= 20; root++) {
            Double value = scales.goldstein(String.format(java.util.Locale.ROOT, "%02d", root));
            assertTrue(value != null && value >= -10 && value <= 10, "root " + root + ": " + value);
        }
        assertEquals(null, CameoScales.quadClass("21"));
        assertEquals(null, scales.goldstein(null));
    }

    @Test
    void aReportMustCountTheDocumentItself() {
        assertThrows(IllegalArgumentException.class, () -> new EventReport("u", null, 0, 1, 1, null, List.of()));
    }
}
