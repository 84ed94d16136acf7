package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.JsonLinesInput;
import org.sitrep.ingest.DocumentSources;
import org.sitrep.ingest.InputFiles;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.Ingest;
import org.sitrep.store.IngestCounts;
import org.sitrep.store.SparkOutput;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: runs files, folders, web archives and feeds through the whole pipeline into a store.
 * Inputs already stored (same content hash) are skipped before any analysis, so the language models load only
 * when a new document arrives. A document that fails is logged in the store and named on standard error.
 * A folder the Spark job wrote ({@link SparkOutput}) is loaded from its records, without analysing again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse documents into a store (DuckDB tables and a Lucene index).",
                "A folder written by the Spark job (sitrep-spark --output) is loaded from its records table "
                        + "as it is, without analysing again; its failed inputs are logged as failures."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document was stored or already there", "1:some document failed, or the store "
                + "cannot be written (each is named on standard error)", "2:the command line is wrong"})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Mixin
    StoreOption store;

    @Mixin
    DictionaryOption dictionaries;

    @Option(names = "--jsonl", description = "Each input is JSON Lines of {\"id\",\"text\",\"title\",\"published\"} "
            + "(only text required), one document a line.")
    boolean jsonl;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Documents per store transaction; readers can open the store between batches. "
                    + "Default: ${DEFAULT-VALUE}.")
    int batch;

    /**
     * Builds the analyser on first use (null: the bundled one with the user's dictionaries); tests may give a
     * lighter one built from the same parts.
     */
    Supplier<Stage<Extraction, Analysis>> analyzers;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null);
        dictionaries.check(spec);
        Lazy analyzer = new Lazy(analyzers != null ? analyzers : () -> dictionaries.analyzer(spec));
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(store.dir), batch, Clock.systemUTC())) {
            Ingest ingest = new Ingest(writer, new ArticleExtractor(), analyzer, e -> {
                progress.clear();
                err.println("error: " + e.getMessage());
            });
            Consumer<DocumentException> errors = ingest::failed;
            InputFiles files = inputs.files();
            if (jsonl) {
                JsonLinesInput lines = new JsonLinesInput();
                for (String source : files.expand(inputs.paths, errors)) {
                    try {
                        lines.documents(files.read(source), errors).forEach(x -> {
                            ingest.add(x);
                            progress.update(ingest.counts());
                        });
                    } catch (DocumentException e) {
                        errors.accept(e);
                    }
                }
            } else {
                List<String> paths = new ArrayList<>();
                for (String path : inputs.paths) {
                    if (isJobOutput(path)) {
                        loadJobOutput(Path.of(path), ingest, progress, errors);
                    } else {
                        paths.add(path);
                    }
                }
                new DocumentSources(files).read(paths, raw -> {
                    ingest.add(raw);
                    progress.update(ingest.counts());
                }, errors);
            }
            ingest.flush();
            progress.clear();
            err.println(summary(ingest.counts(), progress.seconds(), ingest.storeTime().toNanos() / 1e9));
            return ingest.counts().failed() == 0 ? 0 : 1;
        }
    }

    private static boolean isJobOutput(String path) {
        try {
            return !InputFiles.STDIN.equals(path) && SparkOutput.isJobOutput(Path.of(path));
        } catch (InvalidPathException e) {
            return false; // not a folder at all: the usual reading names the problem
        }
    }

    /** Loads the records of a Spark job's output as they are: no analysis, so the models never load for them. */
    private static void loadJobOutput(Path dir, Ingest ingest, Progress progress, Consumer<DocumentException> errors) {
        try {
            new SparkOutput(dir).read(analysis -> {
                ingest.add(analysis);
                progress.update(ingest.counts());
            }, errors);
        } catch (DocumentException e) {
            errors.accept(e);
        }
    }

    private String summary(IngestCounts c, double seconds, double storeSeconds) {
        return String.format(Locale.ROOT, "ingested %d documents (%d near-duplicates) with %d events in %.1f s "
                + "(%.2f documents/s; %.2f s, %.1f%%, in the store); %d already stored, %d failed; store %s",
                c.stored(), c.nearDuplicates(), c.events(), seconds, c.stored() / Math.max(seconds, 1e-9),
                storeSeconds, 100 * storeSeconds / Math.max(seconds, 1e-9), c.duplicates(), c.failed(), store.dir);
    }

    /** The analyser, built when the first new document needs it. */
    private static final class Lazy implements Stage<Extraction, Analysis> {
        private final Supplier<Stage<Extraction, Analysis>> factory;
        private Stage<Extraction, Analysis> stage;

        Lazy(Supplier<Stage<Extraction, Analysis>> factory) {
            this.factory = factory;
        }

        @Override
        public Analysis apply(Extraction extraction) {
            if (stage == null) {
                stage = factory.get();
            }
            return stage.apply(extraction);
        }
    }
}
