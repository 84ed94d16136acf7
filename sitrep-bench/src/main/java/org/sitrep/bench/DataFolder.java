package org.sitrep.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

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
}
