package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.sitrep.pipeline.DocumentException;

class DocumentSourcesTest {

    @TempDir
    Path dir;

    private final List<RawDocument> documents = new ArrayList<>();
    private final List<DocumentException> errors = new ArrayList<>();

    private DocumentSources.Tally read(String... arguments) {
        return new DocumentSources(new InputFiles()).read(List.of(arguments), documents::add, errors::add);
    }

    private List<String> sources() {
        return documents.stream().map(RawDocument::source).toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void filesArchivesAndFeedsAreReadInOrderWithFeedsLast() throws IOException {
        write("a-ferries.html", "<html><head><link rel=\"canonical\" href=\"https://www.gazette.example/2024/10/ferries/\">"
                + "</head><body><p>The winter timetable, in full.</p></body></html>");
        write("b-gazette.rss", FeedReaderTest.RSS);
        write("c-crawl.warc.gz", new TestArchive(true)
                .page("https://gazette.example/2024/10/port-blockade", "<p>The full report on the blockade.</p>")
                .response("https://gazette.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {7}, null)
                .bytes());
        write("d-monitor.xml", FeedReaderTest.ATOM);
        write("e-notes.md", "# Notes\n\nThe council adjourned until spring.\n");

        DocumentSources.Tally tally = read(dir.toString());

        assertEquals(List.of(dir.resolve("a-ferries.html").toString(), "https://gazette.example/2024/10/port-blockade",
                dir.resolve("e-notes.md").toString(), "https://monitor.example/dam-talks"), sources());
        assertEquals(List.of(), errors);
        // the image record, the two items whose pages are in the input, the item with no content
        assertEquals(new DocumentSources.Tally(4, 4, 0), tally);
    }

    @Test
    void feedItemsAreDocumentsWhenTheirPagesAreNotInTheInput() throws IOException {
        read(write("gazette.rss", FeedReaderTest.RSS).toString());

        assertEquals(List.of("https://gazette.example/2024/10/port-blockade", "https://gazette.example/2024/10/ferries"),
                sources());
    }

    @Test
    void brokenArchivesAndFeedsAreErrorsAndTheBatchGoesOn() throws IOException {
        TestArchive archive = new TestArchive(true).page("https://x.example/one", "<p>One.</p>")
                .page("https://x.example/two", "<p>Two.</p>");
        byte[] whole = archive.bytes();
        write("a-cut.warc.gz", Arrays.copyOf(whole, (int) (archive.offset(1) + whole.length) / 2));
        write("b-broken.rss", "<rss version=\"2.0\"><channel><title>No end");
        write("c-page.html", "<p>Still read.</p>");

        DocumentSources.Tally tally = read(dir.toString());

        assertEquals(List.of("https://x.example/one", dir.resolve("c-page.html").toString()), sources());
        assertEquals(List.of(dir.resolve("a-cut.warc.gz") + "#record 2", dir.resolve("b-broken.rss").toString()),
                errors.stream().map(DocumentException::source).toList());
        assertEquals(2, tally.failed());
    }

    @Test
    void anArchiveOnStandardInputIsRecognisedByItsHeader() {
        byte[] archive = new TestArchive(false).page("https://x.example/piped", "<p>Piped.</p>").bytes();

        new DocumentSources(new InputFiles(InputFiles.DEFAULT_MAX_BYTES, new ByteArrayInputStream(archive)))
                .read(List.of("-"), documents::add, errors::add);

        assertEquals(List.of("https://x.example/piped"), sources());
    }

    @Test
    void pageAddressesCompareWithoutSchemeWwwFragmentOrTrailingSlash() {
        assertEquals(PageAddresses.key("http://site.example/a/b"), PageAddresses.key("https://WWW.Site.example/a/b/#top"));
        assertTrue(!PageAddresses.key("https://site.example/a/b").equals(PageAddresses.key("https://site.example/A/b")));
        assertEquals(List.of("https://site.example/x?a=1&b=2", "https://site.example/og"), PageAddresses.declared(
                ("<head><link href='https://site.example/x?a=1&amp;b=2' rel=canonical>"
                        + "<meta content=\"https://site.example/og\" property=\"og:url\"></head>").getBytes(StandardCharsets.UTF_8)));
    }
}
