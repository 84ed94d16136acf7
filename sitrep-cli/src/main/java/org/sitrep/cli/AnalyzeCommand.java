package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sitrep.export.RecordJson;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.JsonLinesInput;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.DocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    DocumentInputs inputs;

    @Mixin
    DictionaryOption dictionaries;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
            description = "json (the record, one per line) or text (a report, one line per event). Default: ${DEFAULT-VALUE}.")
    ExtractCommand.OutputFormat format;

    @Option(names = "--jsonl", description = "Each input is JSON Lines of {\"id\",\"text\",\"title\",\"published\"} "
            + "(only text required), one document a line.")
    boolean jsonl;

    private final RecordJson json = new RecordJson();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Consumer<DocumentException> errors = inputs.errors();
        InputFiles files = inputs.files();
        List<String> sources = files.expand(inputs.paths, errors);
        Analyzer analyzer = dictionaries.analyzer(spec);
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
                RawDocument raw = files.read(source);
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
        return inputs.failures() == 0 && !stdout.checkError() ? 0 : 1;
    }
}
