package org.sitrep.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.DocumentSources;
import org.sitrep.ingest.InputFiles;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Ingest;
import org.sitrep.store.IngestCounts;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * The store of {@code sitrep serve --demo}: the sample articles bundled in the jar (the repository's
 * {@code samples/}), written out to a folder and ingested into a new store beside them.
 */
final class DemoStore {

    private static final String LIST = "org/sitrep/server/demo-samples.txt";
    private static final String FOLDER = "org/sitrep/server/demo/";

    private DemoStore() {
    }

    /** The names of the bundled samples, from the list in the jar. */
    static List<String> sampleNames() {
        List<String> names = new ArrayList<>();
        for (String line : new String(resource(LIST), StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Writes the samples under {@code folder/samples} and ingests them into {@code folder/store}.
     *
     * @return the store's folder
     */
    static Path build(Path folder, PrintWriter log) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path samples = Files.createDirectories(folder.resolve("samples"));
        for (String name : sampleNames()) {
            Files.write(samples.resolve(name), resource(FOLDER + name));
        }
        Path store = folder.resolve("store");
        log.println("sitrep serve --demo: analysing " + sampleNames().size() + " sample articles into " + store
                + " (the language models take about 15 s to load)...");
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(store), 16, Clock.systemUTC())) {
            Ingest ingest = new Ingest(writer, new ArticleExtractor(), Analyzer.bundled(),
                    failure -> log.println("error: " + failure.getMessage()));
            new DocumentSources(new InputFiles()).read(List.of(samples.toString()), ingest::add, ingest::failed);
            IngestCounts counts = ingest.counts();
            log.println("sitrep serve --demo: " + counts.stored() + " articles, " + counts.events() + " events stored");
        }
        return store;
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoStore.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the jar", e);
        }
    }
}
