package org.sitrep.bench.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Writes predicted bodies as score.py reads them: one {@code <id>.json} file holding
 * {@code {"articleBody": "..."}} per page, in one folder per run.
 */
public final class PredictionWriter {

    private final ObjectMapper json = new ObjectMapper();

    /** Writes {@code run} into {@code parent/<label>/} and returns that folder. */
    public Path write(Path parent, ExtractionRun run) throws IOException {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(run, "run");
        Path folder = Files.createDirectories(parent.resolve(run.label()));
        for (Map.Entry<String, String> body : run.bodies().entrySet()) {
            json.writeValue(folder.resolve(body.getKey() + ".json").toFile(), Map.of("articleBody", body.getValue()));
        }
        return folder;
    }
}
