package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The article-extraction benchmark's pages ({@code ../shared/eval/article-extraction}), packed into a WARC
 * file the way a crawler stores them: one HTTP response record per page, with the page's original URL.
 */
final class BenchmarkPages {

    /** One page: its original URL and its file. */
    record Page(URI url, Path html) {
    }

    private BenchmarkPages() {
    }

    /** The benchmark folder under the shared data folder the build passes in. */
    static Path folder() {
        return Path.of(System.getProperty("sitrep.shared", "../shared"), "eval", "article-extraction");
    }

    /** The first {@code n} pages in the order of the benchmark's index. */
    static List<Page> first(int n) {
        Path folder = folder();
        try {
            return Files.readAllLines(folder.resolve("index.tsv"), StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .map(line -> line.split("\t"))
                    .map(f -> new Page(URI.create(f[1]), folder.resolve(f[2])))
                    .limit(n)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the pages as gzipped WARC response records. */
    static void writeWarc(Path warc, List<Page> pages) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Page page : pages) {
                writer.write(response(page.url(), MediaType.parse("text/html"), Files.readAllBytes(page.html())));
            }
        }
    }

    /** One HTTP 200 response record holding {@code body}. */
    static WarcResponse response(URI url, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2019-11-20T00:00:00Z")).body(http).build();
    }
}
