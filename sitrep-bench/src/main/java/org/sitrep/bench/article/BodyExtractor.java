package org.sitrep.bench.article;

import java.util.List;
import org.sitrep.ingest.RawDocument;

/**
 * Something that finds the article body of a raw page, put behind one interface so that sitrep and the
 * peer libraries run on exactly the same input in the same harness.
 */
public interface BodyExtractor {

    /** A short name for reports and prediction folders, e.g. {@code readability4j}. */
    String name();

    /** The renderings this extractor reads: the peers take HTML only. */
    List<InputKind> accepts();

    /**
     * Returns the plain-text article body of {@code page}, paragraphs separated by line breaks, or an empty
     * string when none was found. May throw on input the extractor cannot handle.
     */
    String body(RawDocument page);

    /** sitrep's own extract stage. */
    static BodyExtractor sitrep() {
        return new SitrepBodies();
    }

    /** Readability4J 1.0.8, a Kotlin port of Mozilla's Readability. */
    static BodyExtractor readability4j() {
        return PeerBodies.readability4j();
    }

    /** boilerpipe 1.2.2's ArticleExtractor. */
    static BodyExtractor boilerpipe() {
        return PeerBodies.boilerpipe();
    }
}
