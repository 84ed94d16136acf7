package org.sitrep.spark;

import java.io.Serializable;
import java.util.Objects;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * One unit of work between the job's two steps: reading the input files and analysing. Small and
 * serialisable, so that the job can spread a few large WARC files over every executor before the models run.
 */
sealed interface InputItem extends Serializable {

    /** Where the item came from, as error rows and {@code documents.source} name it. */
    String source();

    /** A document's raw bytes (a page file or a WARC record): it goes through the extract stage. */
    record Page(String source, byte[] content) implements InputItem {
        private static final long serialVersionUID = 1L;

        public Page {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(content, "content");
        }

        static Page of(RawDocument raw) {
            return new Page(raw.source(), raw.content());
        }

        RawDocument raw() {
            return new RawDocument(source, content);
        }
    }

    /** One line of a JSON Lines file: already clean text, read as {@code sitrep analyze --jsonl} reads it. */
    record JsonLine(String source, String line) implements InputItem {
        private static final long serialVersionUID = 1L;

        public JsonLine {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(line, "line");
        }
    }

    /** Something that could not be read as a document at all; it goes straight to the errors table. */
    record Unreadable(String source, String kind, String message) implements InputItem {
        private static final long serialVersionUID = 1L;

        public Unreadable {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }

        static Unreadable of(DocumentException e) {
            return new Unreadable(e.source(), e.problem().kind(), e.problem().message());
        }

        DocumentException exception() {
            return new DocumentException(source, new Problem(kind, message));
        }
    }
}
