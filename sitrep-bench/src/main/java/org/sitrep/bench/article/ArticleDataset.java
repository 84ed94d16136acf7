package org.sitrep.bench.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The article-extraction benchmark on disk: {@code ground-truth/<id>.json} gold bodies, {@code html/<id>.html}
 * pages, Markdown renderings and {@code index.tsv} with each page's URL. Pages come in id order, which is
 * the order score.py reads them in. Immutable once opened.
 */
public final class ArticleDataset {

    private final Path root;
    private final List<BenchmarkPage> pages;

    private ArticleDataset(Path root, List<BenchmarkPage> pages) {
        this.root = root;
        this.pages = List.copyOf(pages);
    }

    /**
     * Reads the gold bodies and the index under {@code root}.
     *
     * @throws IllegalArgumentException when {@code root} is not the benchmark folder
     * @throws UncheckedIOException when a file cannot be read
     */
    public static ArticleDataset open(Path root) {
        Objects.requireNonNull(root, "root");
        Path gold = root.resolve("ground-truth");
        if (!Files.isDirectory(gold) || !Files.isDirectory(root.resolve("html"))) {
            throw new IllegalArgumentException("no article-extraction benchmark at " + root.toAbsolutePath().normalize()
                    + " (expected ground-truth/ and html/ there; give the folder with --data)");
        }
        Map<String, String> urls = readUrls(root.resolve("index.tsv"));
        ObjectMapper json = new ObjectMapper();
        List<BenchmarkPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - ".json".length());
                JsonNode body = json.readTree(file.toFile()).path("articleBody");
                pages.add(new BenchmarkPage(id, urls.getOrDefault(id, ""), body.isTextual() ? body.asText() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold bodies in " + gold, e);
        }
        return new ArticleDataset(root, pages);
    }

    private static Map<String, String> readUrls(Path index) {
        Map<String, String> urls = new HashMap<>();
        if (!Files.isRegularFile(index)) {
            return urls;
        }
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length >= 2 && !"id".equals(fields[0])) {
                    urls.put(fields[0], fields[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
        return urls;
    }

    /** The benchmark's folder. */
    public Path root() {
        return root;
    }

    /** Every page, in id order. */
    public List<BenchmarkPage> pages() {
        return pages;
    }

    /** The first {@code count} pages in id order (all of them when {@code count} is larger). */
    public List<BenchmarkPage> firstPages(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("page count must not be negative, got " + count);
        }
        return pages.subList(0, Math.min(count, pages.size()));
    }

    /** The file holding page {@code id} in the rendering {@code kind}. */
    public Path input(String id, InputKind kind) {
        return root.resolve(kind.folder()).resolve(id + kind.suffix());
    }

    /** Gold bodies by page id, for the given pages, in their order. */
    public static Map<String, String> gold(List<BenchmarkPage> pages) {
        Map<String, String> gold = new LinkedHashMap<>();
        pages.forEach(page -> gold.put(page.id(), page.gold()));
        return gold;
    }
}
