package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Turns the paths a user gives into documents, one at a time: plain files (HTML, Markdown, text) as
 * {@link InputFiles} reads them, every page of a web archive ({@code .warc}, {@code .warc.gz}, or a file that
 * starts with a WARC header) through {@link WarcReader}, and every item of an RSS or Atom feed (any file whose
 * first element is {@code rss}, {@code feed} or {@code rdf:RDF}) through {@link FeedReader}.
 *
 * <p>Feeds are read last, so that an item whose link points to a page already in the input (an archived
 * response with that target URI, or a file whose canonical URL it is) is skipped in favour of the full page.
 * Memory holds one document (or one feed) at a time, plus the set of addresses seen.
 *
 * <pre>{@code
 * DocumentSources sources = new DocumentSources(new InputFiles());
 * DocumentSources.Tally tally = sources.read(List.of("crawl.warc.gz", "feeds/", "pages/"), ingest, errors);
 * }</pre>
 *
 * Not thread-safe when reading standard input; each call keeps its own state otherwise.
 */
public final class DocumentSources {

    private final InputFiles files;
    private final WarcReader archives;
    private final FeedReader feeds = new FeedReader();

    /** @param files reads plain files and sets the size limit of every document */
    public DocumentSources(InputFiles files) {
        this.files = Objects.requireNonNull(files, "files");
        this.archives = new WarcReader(files.maxBytes());
    }

    /**
     * What one call read.
     *
     * @param documents documents handed out
     * @param skipped archive records without a page, feed items whose page is in the input or that have no content
     * @param failed errors reported
     */
    public record Tally(int documents, int skipped, int failed) {
    }

    /**
     * Reads every document behind {@code arguments} (files, folders, {@code -}) in order, feeds last. A document
     * or record that cannot be read goes to {@code errors}, and reading goes on.
     */
    public Tally read(List<String> arguments, Consumer<? super RawDocument> documents,
                      Consumer<? super DocumentException> errors) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(errors, "errors");
        Run run = new Run(documents, errors);
        List<RawDocument> heldFeeds = new ArrayList<>(); // standard input cannot be read twice
        List<String> feedPaths = new ArrayList<>();
        for (String source : files.expand(arguments, run::fail)) {
            try {
                if (isArchiveName(source)) {
                    readArchive(source, run);
                    continue;
                }
                RawDocument raw = files.read(source);
                if (FeedReader.looksLikeFeed(raw.content())) {
                    if (InputFiles.STDIN.equals(source)) {
                        heldFeeds.add(raw);
                    } else {
                        feedPaths.add(source);
                    }
                } else if (startsLikeArchive(raw.content())) {
                    tally(run, archives.read(raw.source(), new ByteArrayInputStream(raw.content()), run::page, run::fail));
                } else {
                    run.page(raw);
                    PageAddresses.declared(raw.content()).forEach(run::present);
                }
            } catch (DocumentException e) {
                run.fail(e);
            }
        }
        for (String path : feedPaths) {
            try {
                readFeed(files.read(path), run);
            } catch (DocumentException e) {
                run.fail(e);
            }
        }
        heldFeeds.forEach(feed -> readFeed(feed, run));
        return new Tally(run.documents, run.skipped, run.failed);
    }

    private void readArchive(String source, Run run) {
        try (InputStream in = Files.newInputStream(Path.of(source))) {
            tally(run, archives.read(source, in, run::page, run::fail));
        } catch (IOException e) {
            run.fail(new DocumentException(source, new Problem("unreadable", "cannot read: " + e.getMessage())));
        }
    }

    private static void tally(Run run, WarcReader.Tally tally) {
        run.skipped += tally.skipped();
    }

    private void readFeed(RawDocument feed, Run run) {
        List<FeedReader.FeedItem> items;
        try {
            items = feeds.read(feed);
        } catch (DocumentException e) {
            run.fail(e);
            return;
        }
        for (FeedReader.FeedItem item : items) {
            if (item.link() != null && run.seen(item.link()) || item.page() == null) {
                run.skipped++;
            } else {
                run.page(item.page());
            }
        }
    }

    /** {@code .warc} and {@code .warc.gz}: streamed, never read whole into memory. */
    static boolean isArchiveName(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private static boolean startsLikeArchive(byte[] content) {
        return new String(content, 0, Math.min(content.length, 6), StandardCharsets.ISO_8859_1).equals("WARC/1");
    }

    /** The state of one call: counts, the addresses seen, and where documents and errors go. */
    private static final class Run {
        private final Consumer<? super RawDocument> sink;
        private final Consumer<? super DocumentException> errors;
        private final Set<String> present = new HashSet<>();
        private int documents;
        private int skipped;
        private int failed;

        Run(Consumer<? super RawDocument> sink, Consumer<? super DocumentException> errors) {
            this.sink = sink;
            this.errors = errors;
        }

        /** Hands out a document and remembers its address. */
        void page(RawDocument document) {
            present(document.source());
            documents++;
            sink.accept(document);
        }

        void present(String address) {
            present.add(PageAddresses.key(address));
        }

        boolean seen(String address) {
            return present.contains(PageAddresses.key(address));
        }

        void fail(DocumentException e) {
            failed++;
            errors.accept(e);
        }
    }
}
