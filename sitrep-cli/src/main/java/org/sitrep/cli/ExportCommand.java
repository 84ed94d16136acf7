package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export}: the stored events and their documents in a format other tools read. The filters
 * pick events; documents go with the events they hold (every document when no filter is given).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events and documents: parquet (one file per table in the folder OUT) or "
                + "jsonl (the whole records, one per line, in the file OUT).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the files were written", "1:the store cannot be read or OUT cannot be written",
                "2:the command line is wrong"})
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { PARQUET, JSONL }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "parquet or jsonl.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "A folder for parquet (created if missing), a file for the others.")
    Path out;

    @Override
    public Integer call() {
        EventFilter f = filter.filter();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.openReadOnly(store.dir)) {
            if (format == Format.PARQUET) {
                if (Files.isRegularFile(out)) {
                    throw new ParameterException(spec.commandLine(), "--out " + out + " is a file; parquet needs a folder");
                }
                Map<String, Long> rows = s.exportParquet(out, f);
                rows.forEach((table, n) -> err.println("wrote " + out.resolve(table + ".parquet") + " (" + n + " rows)"));
            } else {
                err.println("wrote " + out + " (" + records(s, f) + " records)");
            }
        } catch (UncheckedIOException e) {
            err.println("error: cannot write " + out + ": " + e.getCause().getMessage());
            return 1;
        }
        return 0;
    }

    private long records(Store s, EventFilter f) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long n = s.records(f, line -> {
                try {
                    w.write(line);
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
