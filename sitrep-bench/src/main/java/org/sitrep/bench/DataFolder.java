package org.sitrep.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import org.sitrep.bench.article.ArticleDataset;
import org.sitrep.bench.article.BenchmarkPage;
import picocli.CommandLine;

/** Finds the article-extraction benchmark when the user does not name it. */
final class DataFolder {

    /** Where the benchmark sits relative to the repository root, as in CI. */
    static final String DEFAULT = "../shared/eval/article-extraction";

    private DataFolder() {
    }

    /**
     * Returns {@code given} when set, else {@code ../shared/eval/article-extraction} from the current folder
     * or, failing that, from a folder above the running jar (the repository it was built in). When neither
     * exists, returns the first, so the error names a path the user can check.
     */
    static Path resolve(Path given) {
        if (given != null) {
            return given;
        }
        Path fromHere = Path.of(DEFAULT);
        if (Files.isDirectory(fromHere)) {
            return fromHere;
        }
        for (Path folder = codeLocation(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(DEFAULT).normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fromHere;
    }

    private static Path codeLocation() {
        CodeSource source = DataFolder.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Opens the benchmark at {@code given} (or the default place) and returns its first {@code limit} pages,
     * all when {@code limit} is null; prints the reason to the command's error stream and returns null when
     * the folder is not the benchmark.
     */
    static Opened open(Path given, Integer limit, CommandLine command) {
        try {
            ArticleDataset dataset = ArticleDataset.open(resolve(given));
            return new Opened(dataset, limit == null ? dataset.pages() : dataset.firstPages(limit));
        } catch (IllegalArgumentException e) {
            command.getErr().println("error: " + e.getMessage());
            return null;
        }
    }

    /** An opened benchmark and the pages chosen from it. */
    record Opened(ArticleDataset dataset, List<BenchmarkPage> pages) {
    }
}
