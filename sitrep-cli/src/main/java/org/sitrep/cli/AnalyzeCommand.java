package org.sitrep.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sitrep.export.RecordJson;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.DocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep analyze}: prints the whole record of each document (actors, events, quotes). Inputs are read
 * as by {@code extract}; with {@code --jsonl} each input holds JSON Lines of documents. The language models
 * load once, before the first document.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Print actors, events and quotes of each document (JSON Lines by default).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document was read", "1:some document failed (each is named on standard error)",
                "2:the command line is wrong"})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Files, folders (walked recursively) or - for "
            + "standard input."})
    List<String> paths;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
            description = "json (the record, one per line) or text (a report, one line per event). Default: ${DEFAULT-VALUE}.")
    ExtractCommand.OutputFormat format;

    @Option(names = "--jsonl", description = "Each input is JSON Lines of {\"id\",\"text\",\"title\",\"published\"} "
            + "(only text required), one document a line.")
    boolean jsonl;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "Refuse inputs larger than SIZE (default 16MiB).")
    long maxBytes = InputFiles.DEFAULT_MAX_BYTES;

    /** What {@code -} reads; tests give their own. */
    InputStream stdin = System.in;

    private final RecordJson json = new RecordJson();

    @Override
    public Integer call() {
        if (paths.stream().filter(InputFiles.STDIN::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int[] failures = {0};
        Consumer<DocumentException> errors = e -> {
            failures[0]++;
            stderr.println("error: " + e.getMessage());
        };
        InputFiles inputs = new InputFiles(maxBytes, stdin);
        List<String> sources = inputs.expand(paths, errors);
        Analyzer analyzer = Analyzer.bundled();
        ArticleExtractor extractor = new ArticleExtractor();
        JsonLinesInput lines = new JsonLinesInput();
        Consumer<Analysis> sink = a -> stdout.println(format == ExtractCommand.OutputFormat.JSON
                ? json.line(a) : AnalysisView.render(a) + "\n");
        for (String source : sources) {
            if (stdout.checkError()) {
                stderr.println("error: cannot write to standard output (closed pipe or full disk); stopped");
                return 1;
            }
            try {
                RawDocument raw = inputs.read(source);
                if (jsonl) {
                    lines.documents(raw, errors).forEach(x -> sink.accept(analyzer.apply(x)));
                } else {
                    sink.accept(analyzer.apply(extractor.apply(raw)));
                }
            } catch (DocumentException e) {
                errors.accept(e);
            }
        }
        stdout.flush();
        stderr.flush();
        return failures[0] == 0 && !stdout.checkError() ? 0 : 1;
    }
}
