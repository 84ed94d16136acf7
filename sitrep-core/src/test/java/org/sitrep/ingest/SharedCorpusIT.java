package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the ingest stage over the shared data: the seed article and the 181 pages of the article-extraction
 * benchmark with their two Markdown renderings each. Every page must decode cleanly, be recognised for
 * what it is, and not be called truncated (all of them are whole pages).
 */
class SharedCorpusIT {

    private static final Path SHARED = Path.of(System.getProperty("sitrep.shared", "../shared"));
    private static final Path BENCHMARK = SHARED.resolve("eval/article-extraction");

    private final InputFiles files = new InputFiles();
    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector formats = new FormatDetector();
    private final TruncationDetector truncation = new TruncationDetector();

    private static List<Path> files(Path folder, String extension) throws IOException {
        assumeTrue(Files.isDirectory(folder), "shared data not found at " + folder + "; skipping");
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void benchmarkPagesAreUtf8HtmlAndWhole() throws IOException {
        List<Path> pages = files(BENCHMARK.resolve("html"), ".html");
        assertEquals(181, pages.size());
        List<String> wrong = new ArrayList<>();
        for (Path page : pages) {
            DecodedText decoded = decoder.decode(files.read(page.toString()));
            Format format = formats.detect(page.toString(), decoded.text());
            String verdict = decoded.charset().name() + " " + format + " " + decoded.problems()
                    + " " + truncation.check(decoded.text());
            if (!verdict.equals("UTF-8 HTML [] Optional.empty")) {
                wrong.add(page.getFileName() + ": " + verdict);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void markdownRenderingsOfTheBenchmarkAreMarkdown() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String converter : List.of("html2text", "fast_html2md")) {
            List<Path> renderings = files(BENCHMARK.resolve("markdown-inputs").resolve(converter), ".md");
            assertEquals(181, renderings.size());
            for (Path rendering : renderings) {
                // Named .txt so that the file name cannot help: the content must decide.
                String name = rendering.getFileName().toString().replace(".md", ".txt");
                Format format = formats.detect(name, decoder.decode(files.read(rendering.toString())).text());
                if (format != Format.MARKDOWN) {
                    wrong.add(converter + "/" + name + ": " + format);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSeedArticleIsCleanUtf8Markdown() throws IOException {
        List<Path> seed = files(SHARED.resolve("corpus/seed"), ".txt");
        assumeTrue(!seed.isEmpty(), "no seed article in " + SHARED);
        String text = Files.readString(seed.get(0), StandardCharsets.UTF_8);
        DecodedText decoded = decoder.decode(files.read(seed.get(0).toString()));
        assertEquals(text, decoded.text());
        assertEquals(List.of(), decoded.problems());
        assertEquals(Format.MARKDOWN, formats.detect(seed.get(0).toString(), decoded.text()));
    }
}
