package org.sitrep.bench.article;

import java.util.Objects;

/**
 * One page of the benchmark.
 *
 * @param id the page id (a SHA-256 in hex, the file name without extension)
 * @param url where the page was fetched from, or an empty string when the index does not say
 * @param gold the gold article body
 */
public record BenchmarkPage(String id, String url, String gold) {

    public BenchmarkPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(gold, "gold");
    }
}
