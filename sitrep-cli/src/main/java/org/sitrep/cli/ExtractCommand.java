package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sitrep.export.RecordJson;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.LocalRunner;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.RunReport;
import org.sitrep.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep extract}: prints the clean article and metadata of each input document. A document that
 * cannot be read gets one line on standard error, {@code error: PATH: problem}, and the others go on.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean article and metadata of each document (JSON Lines by default).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document was read", "1:some document failed (each is named on standard error)",
                "2:the command line is wrong"})
public final class ExtractCommand implements Callable<Integer> {

    /** How records are printed. */
    enum OutputFormat { JSON, TEXT }

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
            description = "json (one JSON object per line) or text (a readable view). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = {"Write one file per document into DIR instead of "
            + "standard output, named after the source and the start of the document id (NAME-0123456789ab.json; "
            + "stdin-....json for standard input), and print each file's path."})
    Path out;

    private final RecordJson json = new RecordJson();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Consumer<Extraction> sink = out == null ? extraction -> stdout.println(render(extraction)) : folderSink(stdout);
        Consumer<DocumentException> errors = inputs.errors();
        InputFiles files = inputs.files();
        List<String> sources = files.expand(inputs.paths, errors);
        // A closed pipe or a full disk: stop reading documents nobody will see, and say so.
        Iterable<String> whileWritable = () -> sources.stream().takeWhile(source -> !stdout.checkError()).iterator();
        Stage<String, RawDocument> read = files::read;
        RunReport report = new LocalRunner<>(read.then(new ArticleExtractor())).run(whileWritable, sink, errors);
        if (stdout.checkError()) {
            stderr.println("error: cannot write to standard output (closed pipe or full disk); stopped after "
                    + report.succeeded() + " of " + sources.size() + " documents");
            return 1;
        }
        stderr.flush();
        return inputs.failures() == 0 && report.allSucceeded() ? 0 : 1;
    }

    private String render(Extraction extraction) {
        return format == OutputFormat.JSON ? json.line(extraction) : TextView.render(extraction);
    }

    private Consumer<Extraction> folderSink(PrintWriter stdout) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": cannot create the folder: " + e);
        }
        OutputNames names = new OutputNames();
        String extension = format == OutputFormat.JSON ? ".json" : ".txt";
        return extraction -> {
            String source = extraction.document().source();
            Path file = out.resolve(names.next(source, extraction.document().id(), extension));
            try {
                Files.writeString(file, render(extraction) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DocumentException(source, new Problem("unwritable", "cannot write " + file + ": " + e));
            }
            stdout.println(file);
        };
    }

}
