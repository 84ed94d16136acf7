package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads the metadata of the 181 pages of the article-extraction benchmark (HTML and two Markdown renderings)
 * and checks how often each field is found and how often the date agrees with the day the page's URL carries:
 * there is no gold for metadata. Writes each page's metadata to {@code target/metadata-*.tsv} for reading by eye.
 */
class MetadataBenchmarkIT {

    private static final Pattern URL_DAY = Pattern.compile("/(\\d{4})/(\\d{1,2}|[a-z]{3})/(\\d{1,2})/"
            + "|/(\\d{4})-(\\d{2})-(\\d{2})(?:/|$)|(?<!\\d)(20[0-2]\\d)(\\d{2})(\\d{2})");
    private static final Pattern URL_MONTH = Pattern.compile("/(20[0-2]\\d)/(\\d{2})/");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private final HtmlMetadataReader reader = new HtmlMetadataReader();
    private Path benchmark;

    @BeforeEach
    void findBenchmark() {
        String shared = System.getProperty("sitrep.shared");
        benchmark = shared == null ? null : Path.of(shared, "eval", "article-extraction");
        Assumptions.assumeTrue(benchmark != null && Files.isRegularFile(benchmark.resolve("index.tsv")),
                "shared evaluation data not found (system property sitrep.shared): skipping the benchmark");
    }

    @Test
    void htmlPagesMostlyGiveEveryFieldAndDatesAgreeWithTheirUrls() throws IOException {
        Tally tally = new Tally();
        int agreeingWithoutOwnUrl = 0;
        try (Writer out = dump("metadata-benchmark.tsv")) {
            for (String[] row : rows()) {
                Document page = page(row);
                Metadata metadata = reader.read(page);
                Optional<LocalDate> urlDate = urlDate(row[1]);
                tally.add(metadata, urlDate, row[1]);
                write(out, row[1], metadata, urlDate);
                // How many agree without the page's canonical address, which settles some UTC timestamps.
                page.select("link[rel=canonical], meta[property=og:url]").remove();
                LocalDate withoutOwnUrl = reader.read(page).published();
                agreeingWithoutOwnUrl += urlDate.isPresent() && urlDate.get().equals(withoutOwnUrl) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "html: %s; publisher %.3f, language %.3f (%d dates agree without the page's"
                + " own URL)%n", tally, tally.share(tally.publishers), tally.share(tally.languages),
                agreeingWithoutOwnUrl);
        assertTrue(tally.pages >= 150, "pages read: " + tally.pages);
        assertTrue(tally.share(tally.titles) >= 0.98, tally.toString());
        assertTrue(tally.share(tally.authors) >= 0.8, tally.toString());
        assertTrue(tally.share(tally.dated) >= 0.9, tally.toString());
        assertTrue(tally.share(tally.publishers) >= 0.9, tally.toString());
        assertTrue(tally.urlDated >= 40 && tally.agreeing >= 0.95 * tally.urlDated, tally.toString());
    }

    @Test
    void languageGuessedFromTheBodyAgreesWithTheDeclaredOne() throws IOException {
        LanguageGuesser guesser = new LanguageGuesser();
        ObjectMapper json = new ObjectMapper();
        int declared = 0;
        List<String> disagreeing = new ArrayList<>();
        for (String[] row : rows()) {
            String language = reader.read(page(row)).language();
            if (language != null) {
                declared++;
                String body = json.readTree(benchmark.resolve(row[3]).toFile()).path("articleBody").asText();
                Optional<String> guess = guesser.guess(body);
                if (!guess.equals(Optional.of(language))) {
                    disagreeing.add("declared " + language + ", guessed " + guess.orElse("nothing") + ": " + row[1]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "language: guess from the gold body agrees with the declared language on"
                + " %d/%d pages%n", declared - disagreeing.size(), declared);
        disagreeing.forEach(line -> System.out.println("  " + line));
        assertTrue(declared >= 150 && disagreeing.size() <= 0.05 * declared, String.join("\n", disagreeing));
    }

    @Test
    void markdownRenderingsGiveTheHtmlTitleAndRarelyAWrongDate() throws IOException {
        MarkdownMetadataReader markdown = new MarkdownMetadataReader();
        for (String converter : List.of("html2text", "fast_html2md")) {
            Tally tally = new Tally();
            int sameTitle = 0;
            try (Writer out = dump("metadata-markdown-" + converter + ".tsv")) {
                for (String[] row : rows()) {
                    Path file = benchmark.resolve("markdown-inputs").resolve(converter).resolve(row[0] + ".md");
                    Metadata metadata = markdown.read(Files.readString(file, StandardCharsets.UTF_8));
                    Optional<LocalDate> urlDate = urlDate(row[1]);
                    tally.add(metadata, urlDate, row[1]);
                    write(out, row[1], metadata, urlDate);
                    sameTitle += Objects.equals(metadata.title(), reader.read(page(row)).title()) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "markdown (%s): %s; title equal to the HTML reader's on %d%n", converter,
                    tally, sameTitle);
            assertTrue(sameTitle >= 0.6 * tally.pages, converter + ": same title on " + sameTitle);
            assertTrue(tally.wrong * 10 <= tally.urlDated, converter + ": " + tally);
        }
    }

    private List<String[]> rows() throws IOException {
        List<String> lines = Files.readAllLines(benchmark.resolve("index.tsv"), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(line -> line.split("\t")).toList();
    }

    private Document page(String[] row) throws IOException {
        Path html = benchmark.resolve(row[2]);
        return Jsoup.parse(html.toFile(), null, html.toString());
    }

    private static Writer dump(String name) throws IOException {
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static void write(Writer out, String url, Metadata metadata, Optional<LocalDate> urlDate)
            throws IOException {
        out.write(String.join("\t", url, String.valueOf(metadata.title()), String.join("; ", metadata.authors()),
                String.valueOf(metadata.published()), urlDate.map(LocalDate::toString).orElse("-"),
                String.valueOf(metadata.publisher()), String.join("; ", metadata.tags()),
                String.valueOf(metadata.language())) + "\n");
    }

    /** The day a URL carries: /2019/11/19/, /2019/nov/19/, /2019-11-19/ or 20191119. */
    static Optional<LocalDate> urlDate(String url) {
        Matcher m = URL_DAY.matcher(url.toLowerCase(Locale.ROOT));
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
            String month = m.group(g + 1);
            int number = MONTHS.containsKey(month) ? MONTHS.get(month)
                    : month.matches("\\d+") ? Integer.parseInt(month) : 0;
            try {
                int year = Integer.parseInt(m.group(g));
                return Optional.of(LocalDate.of(year, number, Integer.parseInt(m.group(g + 2))));
            } catch (DateTimeException notADate) {
                // look further along the URL
            }
        }
        return Optional.empty();
    }

    /** Counts of pages with each field, and of dates agreeing with or differing from the URL's day. */
    private static final class Tally {
        int pages, titles, authors, dated, publishers, languages, urlDated, agreeing, wrong, urlMonths, sameMonth;

        void add(Metadata metadata, Optional<LocalDate> urlDate, String url) {
            Matcher month = URL_MONTH.matcher(url);
            if (urlDate.isEmpty() && month.find()) {
                urlMonths++;
                LocalDate published = metadata.published();
                sameMonth += published != null && published.getYear() == Integer.parseInt(month.group(1))
                        && published.getMonthValue() == Integer.parseInt(month.group(2)) ? 1 : 0;
            }
            pages++;
            titles += metadata.title() == null ? 0 : 1;
            authors += metadata.authors().isEmpty() ? 0 : 1;
            dated += metadata.published() == null ? 0 : 1;
            publishers += metadata.publisher() == null ? 0 : 1;
            languages += metadata.language() == null ? 0 : 1;
            if (urlDate.isPresent()) {
                urlDated++;
                agreeing += urlDate.get().equals(metadata.published()) ? 1 : 0;
                wrong += metadata.published() != null && !urlDate.get().equals(metadata.published()) ? 1 : 0;
            }
        }

        double share(int count) {
            return pages == 0 ? 0 : (double) count / pages;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pages; title %.3f, author %.3f, date %.3f; date agrees with the URL"
                    + " date on %d/%d (%.3f), differs on %d; month agrees with a URL month on %d/%d", pages,
                    share(titles), share(authors), share(dated), agreeing, urlDated,
                    urlDated == 0 ? 0 : (double) agreeing / urlDated, wrong, sameMonth, urlMonths);
        }
    }
}
