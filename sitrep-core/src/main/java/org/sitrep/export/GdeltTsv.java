package org.sitrep.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes events as GDELT 2.0 event records: 61 tab-separated columns in the order of the GDELT 2.0 Event
 * Codebook (V2.0), one line per pair of actors. GDELT codes one actor on each side, so a sitrep event with
 * several actors or recipients becomes one line for each (actor, recipient) pair, each with its own
 * GLOBALEVENTID (a hash of the event id and the pair, stable across runs).
 *
 * <ul>
 * <li>Actor codes are CAMEO-style: the actor's country and sector ({@code PAKGOV}, {@code AFGREB}, {@code IGO});
 *     Type1Code is the sector; KnownGroupCode holds sitrep's own code of a group or body ({@code TALIBAN},
 *     {@code UN}), not CAMEO's known-group list. Ethnic and religion codes stay empty.</li>
 * <li>EventCode, EventBaseCode, EventRootCode come from the event's CAMEO code; QuadClass from its root;
 *     GoldsteinScale from the published table per CAMEO code.</li>
 * <li>IsRootEvent is 1 when the event is in the article's first sentence (GDELT: its lead paragraph).</li>
 * <li>Geo columns are filled at country level (type 1, FIPS 10-4 country code, as GDELT writes them) where
 *     sitrep knows a country: the actor's country for Actor1/Actor2Geo, the event's location for ActionGeo.
 *     Latitude, longitude and ADM2 stay empty.</li>
 * <li>Dates: SQLDATE is the event's day, else the article's; DATEADDED is the export time given to the
 *     constructor. AvgTone is empty unless the report has a tone.</li>
 * </ul>
 * Tabs, line breaks and other control characters in names and URLs become spaces. Thread-safe.
 */
public final class GdeltTsv {

    /** The 61 column names, in order. */
    public static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String dateAdded;
    private final CameoScales scales = CameoScales.bundled();
    private final Map<String, String[]> countries = CameoScales.Tables.read("gdelt-countries.tsv", 3,
            (fields, map) -> map.put(fields[0], new String[] {fields[1], fields[2]}));

    /** @param dateAdded when the records are exported (DATEADDED, in UTC) */
    public GdeltTsv(Instant dateAdded) {
        this.dateAdded = ADDED.format(Objects.requireNonNull(dateAdded, "dateAdded"));
    }

    /** The header line (GDELT's own files have none; give it to tools that want one). */
    public String header() {
        return String.join("\t", COLUMNS);
    }

    /** The lines of one event: one per (actor, recipient) pair, at least one. */
    public List<String> lines(EventRow event, EventReport report) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(report, "report");
        List<Side> actors = sides(event, event.actorIds(), event.actorNames(), event.actorCountries(), report);
        List<Side> recipients = sides(event, event.recipientIds(), event.recipientNames(), event.recipientCountries(), report);
        List<String> lines = new ArrayList<>();
        for (Side actor : actors.isEmpty() ? List.of(Side.NONE) : actors) {
            for (Side recipient : recipients.isEmpty() ? List.of(Side.NONE) : recipients) {
                lines.add(line(event, report, actor, recipient, lines.size()));
            }
        }
        return lines;
    }

    private String line(EventRow event, EventReport report, Side actor, Side recipient, int pair) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(Long.toString(globalId(event.eventId(), pair)));
        LocalDate day = event.day() != null ? event.day() : report.publishedDay();
        if (day == null) {
            cells.addAll(Arrays.asList("", "", "", ""));
        } else {
            cells.add(DAY.format(day));
            cells.add(DAY.format(day).substring(0, 6));
            cells.add(Integer.toString(day.getYear()));
            double fraction = day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
            cells.add(String.format(Locale.ROOT, "%.4f", fraction));
        }
        actor.addCells(cells);
        recipient.addCells(cells);
        cells.add(event.sentenceStart() == 0 ? "1" : "0");
        String cameo = event.cameo() == null ? "" : event.cameo();
        cells.add(cameo);
        cells.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        cells.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
        Integer quad = CameoScales.quadClass(event.cameo());
        cells.add(quad == null ? "" : quad.toString());
        Double goldstein = scales.goldstein(event.cameo());
        cells.add(goldstein == null ? "" : String.format(Locale.ROOT, "%.1f", goldstein));
        cells.add(Integer.toString(report.mentions()));
        cells.add(Integer.toString(report.sources()));
        cells.add(Integer.toString(report.articles()));
        cells.add(report.tone() == null ? "" : String.format(Locale.ROOT, "%.4f", report.tone()));
        addGeo(cells, actor.country());
        addGeo(cells, recipient.country());
        addGeo(cells, event.locationCountry());
        cells.add(dateAdded);
        cells.add(clean(report.sourceUrl()));
        return String.join("\t", cells);
    }

    private void addGeo(List<String> cells, String country) {
        String[] known = country == null ? null : countries.get(country);
        if (known == null) {
            cells.addAll(Arrays.asList("0", "", "", "", "", "", "", ""));
            return;
        }
        cells.addAll(Arrays.asList("1", clean(known[1]), known[0], known[0], "", "", "", known[0]));
    }

    private static List<Side> sides(EventRow event, List<String> ids, List<String> names, List<String> countries,
                                    EventReport report) {
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ActorRow row = report.actor(event.docId(), ids.get(i));
            String country = i < countries.size() && !countries.get(i).isEmpty() ? countries.get(i) : null;
            sides.add(new Side(i < names.size() ? names.get(i) : "", country,
                    row == null ? null : row.sector(), row == null ? null : row.code()));
        }
        return sides;
    }

    /** One side of a GDELT record: an actor's name, country, sector and own code. */
    private record Side(String name, String country, String sector, String code) {
        static final Side NONE = new Side("", null, null, null);

        void addCells(List<String> cells) {
            String cameo = (country == null ? "" : country) + (sector == null ? "" : sector);
            String group = code != null && !code.equals(country) ? code : "";
            cells.addAll(Arrays.asList(clean(cameo), clean(name.toUpperCase(Locale.ROOT)),
                    country == null ? "" : clean(country), clean(group), "", "", "",
                    sector == null ? "" : clean(sector), "", ""));
        }
    }

    /** A positive 60-bit number from the event id and the pair: GDELT's ids are integers. */
    static long globalId(String eventId, int pair) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "#" + pair).getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (hash[i] & 0xFF);
            }
            return id >>> 4;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The text on one line with no tabs: control characters (tabs, line breaks) become spaces. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    }
}
