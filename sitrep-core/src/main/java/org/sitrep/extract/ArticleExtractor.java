package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.sitrep.extract.body.HtmlBodyExtractor;
import org.sitrep.extract.body.MarkdownBodyExtractor;
import org.sitrep.extract.meta.HtmlMetadataReader;
import org.sitrep.extract.meta.LanguageGuesser;
import org.sitrep.extract.meta.MarkdownMetadataReader;
import org.sitrep.extract.meta.Metadata;
import org.sitrep.ingest.DecodedText;
import org.sitrep.ingest.Format;
import org.sitrep.ingest.FormatDetector;
import org.sitrep.ingest.RawDocument;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.ingest.TruncationDetector;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.Stage;

/**
 * The extract stage: raw bytes in, clean article and metadata out. Decodes the bytes, detects the
 * format from the content, then reads the body and the metadata with the readers for that format.
 * Thread-safe; build one and share it.
 *
 * <p>Throws {@link org.sitrep.pipeline.DocumentException} when the input cannot be read as a document at
 * all (empty, binary, too large); smaller troubles come back as {@link Extraction#problems()}.
 */
public final class ArticleExtractor implements Stage<RawDocument, Extraction> {

    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector formats = new FormatDetector();
    private final TruncationDetector truncation = new TruncationDetector();
    private final HtmlBodyExtractor htmlBody = new HtmlBodyExtractor();
    private final HtmlMetadataReader htmlMetadata = new HtmlMetadataReader();
    private final MarkdownBodyExtractor markdownBody = new MarkdownBodyExtractor();
    private final MarkdownMetadataReader markdownMetadata = new MarkdownMetadataReader();
    private final LanguageGuesser languages = new LanguageGuesser();

    @Override
    public Extraction apply(RawDocument raw) {
        Objects.requireNonNull(raw, "raw document");
        DecodedText decoded = decoder.decode(raw);
        List<Problem> problems = new ArrayList<>(decoded.problems());
        Format format = formats.detect(raw.source(), decoded.text());
        Metadata metadata;
        String body;
        if (format == Format.HTML) {
            truncation.check(decoded.text()).ifPresent(problems::add);
            org.jsoup.nodes.Document page = Jsoup.parse(decoded.text(), raw.source());
            metadata = htmlMetadata.read(page);
            body = htmlBody.extract(page);
        } else {
            metadata = markdownMetadata.read(decoded.text());
            body = markdownBody.extract(decoded.text());
        }
        if (metadata.language() == null) {
            metadata = metadata.withLanguage(languages.guess(body).orElse(null));
        }
        if (body.isBlank()) {
            problems.add(new Problem("no-body", "no article body found in " + raw.source()));
        }
        Document document = new Document(raw.sha256(), raw.source(), format.id(), metadata.title(),
                metadata.authors(), metadata.published() == null ? null : metadata.published().toString(),
                metadata.publisher(), metadata.tags(), metadata.language(), body);
        return new Extraction(document, problems);
    }
}
