package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.RecordJson;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.InputFiles;
import org.sitrep.pipeline.DocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: prints the clean article and metadata of each input document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean article and metadata of each document (JSON Lines by default).")
public final class ExtractCommand implements Callable<Integer> {

    /** How records are printed. */
    enum OutputFormat { JSON, TEXT }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (walked recursively) or - for standard input.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "json", description = "json (one JSON object per line) or text (a readable view).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document into DIR instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        RecordJson json = new RecordJson();
        InputFiles inputs = new InputFiles();
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter stderr = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int[] failures = {0};
        List<String> sources = inputs.expand(paths, e -> {
            failures[0]++;
            stderr.println("error: " + e.getMessage());
        });
        if (out != null) {
            Files.createDirectories(out);
        }
        for (String source : sources) {
            try {
                Extraction extraction = extractor.apply(inputs.read(source));
                String rendered = format == OutputFormat.JSON ? json.line(extraction) : TextView.render(extraction);
                if (out == null) {
                    stdout.println(rendered);
                    stdout.flush();
                } else {
                    String name = extraction.document().id().substring(0, 16) + (format == OutputFormat.JSON ? ".json" : ".txt");
                    Files.writeString(out.resolve(name), rendered + "\n", StandardCharsets.UTF_8);
                }
            } catch (DocumentException e) {
                failures[0]++;
                stderr.println("error: " + e.getMessage());
            }
        }
        stdout.flush();
        return failures[0] == 0 ? 0 : 1;
    }
}
