package org.sitrep.bench.speed;

import java.util.EnumMap;
import java.util.Map;

/**
 * Wall time spent in each stage of sitrep's analyze path, summed over the articles measured. Filled on the
 * benchmark thread only; not thread-safe.
 */
public final class StageTimes {

    /** The stages of {@code sitrep analyze}, in the order they run. */
    public enum Stage {
        /** {@code ArticleExtractor}: decode, parse the HTML, find the body, read the metadata. */
        EXTRACT,
        /** The language layer: CoreNLP annotation and its conversion to sitrep's types. */
        CORENLP,
        /** Actor recognition over the annotated text. */
        ACTORS,
        /** Event and quote coding, and assembling the record (the rest of {@code Analyzer}). */
        EVENTS
    }

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);

    /** Adds {@code elapsed} nanoseconds to {@code stage}. */
    public void add(Stage stage, long elapsed) {
        if (elapsed < 0) {
            throw new IllegalArgumentException("negative time for " + stage + ": " + elapsed);
        }
        nanos.merge(stage, elapsed, Long::sum);
    }

    /** Nanoseconds spent in {@code stage} so far. */
    public long nanos(Stage stage) {
        return nanos.getOrDefault(stage, 0L);
    }

    /** Nanoseconds spent in all stages. */
    public long totalNanos() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The fraction of the total spent in {@code stage}, from 0 to 1; 0 when nothing was timed. */
    public double share(Stage stage) {
        long total = totalNanos();
        return total == 0 ? 0 : (double) nanos(stage) / total;
    }

    /** Milliseconds per article in {@code stage}, over {@code articles} articles. */
    public double millisPerArticle(Stage stage, int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("need at least one article, got " + articles);
        }
        return nanos(stage) / 1e6 / articles;
    }

    /** Forgets everything timed so far (after the warm-up rounds). */
    public void clear() {
        nanos.clear();
    }
}
