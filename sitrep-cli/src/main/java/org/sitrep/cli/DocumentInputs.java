package org.sitrep.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.ingest.InputFiles;
import org.sitrep.pipeline.DocumentException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The inputs every document command takes (paths, {@code -}, {@code --max-bytes}) and how it reports a document
 * that failed: one {@code error: PATH: problem} line, counted, and the batch goes on. A picocli mixin.
 */
final class DocumentInputs {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Files, folders (walked recursively in name "
            + "order, skipping hidden entries and README/LICENSE notes) or - for standard input."})
    List<String> paths;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = {"Refuse documents larger than SIZE (default 16MiB; k, M, G count in powers of 1024). "
                    + "Raising it, give Java more heap too (SITREP_JAVA_OPTS=-Xmx4g): the worst page measured needed 30 times its size."})
    long maxBytes = InputFiles.DEFAULT_MAX_BYTES;

    /** What {@code -} reads; tests give their own. */
    InputStream stdin = System.in;

    private int failures;

    /** The reader of these inputs; refuses a command line that names standard input twice. */
    InputFiles files() {
        if (paths.stream().filter(InputFiles.STDIN::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        return new InputFiles(maxBytes, stdin);
    }

    /** Where failed documents go: counted, and named on the command's standard error. */
    Consumer<DocumentException> errors() {
        PrintWriter stderr = spec.commandLine().getErr();
        return e -> {
            failures++;
            String hint = "too-large".equals(e.problem().kind()) ? " (raise it with --max-bytes)" : "";
            stderr.println("error: " + e.getMessage() + hint);
        };
    }

    /** How many documents failed so far. */
    int failures() {
        return failures;
    }
}
