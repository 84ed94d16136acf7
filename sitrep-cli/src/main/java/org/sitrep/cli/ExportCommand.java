package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.sitrep.export.GdeltTsv;
import org.sitrep.export.PloverJsonl;
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
        description = "Export stored events and documents: plover (PLOVER JSON Lines, one event a line), gdelt "
                + "(GDELT 2.0 event TSV, 61 columns, no header), parquet (one file per table in the folder OUT) or "
                + "jsonl (the whole records, one per line).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the files were written", "1:the store cannot be read or OUT cannot be written",
                "2:the command line is wrong"})
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { PLOVER, GDELT, PARQUET, JSONL }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "plover, gdelt, parquet or jsonl.")
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
            } else if (format == Format.JSONL) {
                err.println("wrote " + out + " (" + write(w -> s.records(f, line(w))) + " records)");
            } else {
                err.println("wrote " + out + " (" + write(w -> events(s, f, w)) + " events)");
            }
        } catch (UncheckedIOException e) {
            err.println("error: cannot write " + out + ": " + e.getCause().getMessage());
            return 1;
        }
        return 0;
    }

    private long events(Store s, EventFilter f, BufferedWriter w) {
        Instant now = Instant.now();
        if (format == Format.PLOVER) {
            PloverJsonl plover = new PloverJsonl(LocalDate.ofInstant(now, ZoneOffset.UTC));
            Consumer<String> sink = line(w);
            return s.eventReports(f, (event, report) -> sink.accept(plover.line(event, report)));
        }
        GdeltTsv gdelt = new GdeltTsv(now);
        Consumer<String> sink = line(w);
        return s.eventReports(f, (event, report) -> gdelt.lines(event, report).forEach(sink));
    }

    /** Writes OUT through {@code body}, which returns how many items it wrote. */
    private long write(ToLongFunction<BufferedWriter> body) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return body.applyAsLong(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Consumer<String> line(BufferedWriter w) {
        return line -> {
            try {
                w.write(line);
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
