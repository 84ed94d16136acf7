package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the metadata of the 181 pages of the article-extraction benchmark and checks how often each field is
 * found and how often the date agrees with the date the page's URL carries (there is no gold for metadata).
 * Writes every page's metadata to {@code target/metadata-benchmark.tsv} for reading by eye.
 */
class MetadataBenchmarkIT {

    private static final Pattern URL_DAY = Pattern.compile(
            "/(\\d{4})/(\\d{1,2}|[a-z]{3})/(\\d{1,2})/|/(\\d{4})-(\\d{2})-(\\d{2})(?:/|$)|(?<!\\d)(20[0-2]\\d)(\\d{2})(\\d{2})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static Path benchmark;
    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    @BeforeAll
    static void findBenchmark() {
        String shared = System.getProperty("sitrep.shared");
        benchmark = shared == null ? null : Path.of(shared, "eval", "article-extraction");
        Assumptions.assumeTrue(benchmark != null && Files.isRegularFile(benchmark.resolve("index.tsv")),
                "shared evaluation data not found (system property sitrep.shared): skipping the benchmark");
    }

    @Test
    void mostPagesGiveTitleAuthorDateAndPublisherAndDatesAgreeWithTheirUrls() throws IOException {
        List<String> rows = Files.readAllLines(benchmark.resolve("index.tsv"), StandardCharsets.UTF_8);
        int pages = 0, titles = 0, authors = 0, dated = 0, publishers = 0, languages = 0;
        int urlDated = 0, agreeing = 0, agreeingWithoutUrl = 0, declared = 0, guessedAlike = 0;
        LanguageGuesser guesser = new LanguageGuesser();
        Path dump = Path.of("target", "metadata-benchmark.tsv");
        Files.createDirectories(dump.getParent());
        try (Writer out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split("\t");
                Path html = benchmark.resolve(cells[2]);
                Document page = Jsoup.parse(html.toFile(), null, html.toString());
                Metadata metadata = reader.read(page);
                pages++;
                titles += metadata.title() == null ? 0 : 1;
                authors += metadata.authors().isEmpty() ? 0 : 1;
                dated += metadata.published() == null ? 0 : 1;
                publishers += metadata.publisher() == null ? 0 : 1;
                languages += metadata.language() == null ? 0 : 1;
                if (metadata.language() != null) {
                    declared++;
                    String gold = Files.readString(benchmark.resolve(cells[3]), StandardCharsets.UTF_8);
                    String body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(gold).path("articleBody").asText();
                    Optional<String> guess = guesser.guess(body);
                    if (guess.map(metadata.language()::equals).orElse(false)) {
                        guessedAlike++;
                    } else {
                        System.out.println("  language declared " + metadata.language() + ", guessed " + guess
                                + ": " + cells[1]);
                    }
                }
                Optional<LocalDate> urlDate = urlDate(cells[1]);
                if (urlDate.isPresent()) {
                    urlDated++;
                    agreeing += urlDate.get().equals(metadata.published()) ? 1 : 0;
                    page.select("link[rel=canonical], meta[property=og:url]").remove();
                    agreeingWithoutUrl += urlDate.get().equals(reader.read(page).published()) ? 1 : 0;
                }
                out.write(String.join("\t", cells[1], String.valueOf(metadata.title()),
                        String.join("; ", metadata.authors()), String.valueOf(metadata.published()),
                        urlDate.map(LocalDate::toString).orElse("-"), String.valueOf(metadata.publisher()),
                        String.join("; ", metadata.tags()), String.valueOf(metadata.language())) + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "metadata benchmark: %d pages; title %.3f, author %.3f, date %.3f, publisher %.3f,"
                        + " language %.3f; date agrees with URL date on %d/%d = %.3f (%d without the page's own URL)%n",
                pages, share(titles, pages), share(authors, pages), share(dated, pages), share(publishers, pages),
                share(languages, pages), agreeing, urlDated, share(agreeing, urlDated), agreeingWithoutUrl);
        System.out.printf(Locale.ROOT, "language guessed from the gold body agrees with the declared one on %d/%d%n",
                guessedAlike, declared);
        assertTrue(pages >= 150, "pages read: " + pages);
        assertTrue(guessedAlike >= 0.9 * declared, "guessed languages agreeing: " + guessedAlike + "/" + declared);
        assertTrue(share(titles, pages) >= 0.98, "title share " + share(titles, pages));
        assertTrue(share(authors, pages) >= 0.75, "author share " + share(authors, pages));
        assertTrue(share(dated, pages) >= 0.85, "date share " + share(dated, pages));
        assertTrue(share(publishers, pages) >= 0.85, "publisher share " + share(publishers, pages));
        assertTrue(urlDated >= 40 && share(agreeing, urlDated) >= 0.95,
                "date agreement " + agreeing + "/" + urlDated);
    }

    @Test
    void markdownRenderingsOfThePagesGiveTitlesAndDatesThatAgreeWithTheirUrls() throws IOException {
        List<String> rows = Files.readAllLines(benchmark.resolve("index.tsv"), StandardCharsets.UTF_8);
        MarkdownMetadataReader markdown = new MarkdownMetadataReader();
        for (String converter : List.of("html2text", "fast_html2md")) {
            int pages = 0, titles = 0, authors = 0, dated = 0, urlDated = 0, agreeing = 0, wrong = 0;
            Path dump = Path.of("target", "metadata-markdown-" + converter + ".tsv");
            Files.createDirectories(dump.getParent());
            Writer out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8);
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split("\t");
                Path file = benchmark.resolve("markdown-inputs").resolve(converter).resolve(cells[0] + ".md");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Metadata metadata = markdown.read(Files.readString(file, StandardCharsets.UTF_8));
                pages++;
                titles += metadata.title() == null ? 0 : 1;
                authors += metadata.authors().isEmpty() ? 0 : 1;
                dated += metadata.published() == null ? 0 : 1;
                Optional<LocalDate> urlDate = urlDate(cells[1]);
                out.write(String.join("\t", cells[1], String.valueOf(metadata.title()),
                        String.join("; ", metadata.authors()), String.valueOf(metadata.published()),
                        urlDate.map(LocalDate::toString).orElse("-"), String.valueOf(metadata.publisher()),
                        String.join("; ", metadata.tags()), String.valueOf(metadata.language())) + "\n");
                if (urlDate.isPresent()) {
                    urlDated++;
                    agreeing += urlDate.get().equals(metadata.published()) ? 1 : 0;
                    wrong += metadata.published() != null && !urlDate.get().equals(metadata.published()) ? 1 : 0;
                }
            }
            out.close();
            System.out.printf(Locale.ROOT, "markdown (%s): %d pages; title %.3f, author %.3f, date %.3f;"
                    + " date agrees with URL date on %d/%d, differs on %d%n", converter, pages, share(titles, pages),
                    share(authors, pages), share(dated, pages), agreeing, urlDated, wrong);
            assertTrue(pages >= 150, converter + " pages read: " + pages);
            assertTrue(share(titles, pages) >= 0.9, converter + " title share " + share(titles, pages));
            assertTrue(wrong * 10 <= urlDated, converter + " dates differing from the URL date: " + wrong);
        }
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The day a URL carries: /2019/11/19/, /2019/nov/19/, /2019-11-19/ or 20191119. */
    static Optional<LocalDate> urlDate(String url) {
        Matcher m = URL_DAY.matcher(url.toLowerCase(Locale.ROOT));
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
            String month = m.group(g + 1);
            int monthNumber = MONTHS.containsKey(month) ? MONTHS.get(month) : month.matches("\\d+") ? Integer.parseInt(month) : 0;
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(g)), monthNumber, Integer.parseInt(m.group(g + 2))));
            } catch (java.time.DateTimeException notADate) {
                // look further along the URL
            }
        }
        return Optional.empty();
    }
}
