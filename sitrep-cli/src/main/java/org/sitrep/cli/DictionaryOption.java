package org.sitrep.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.DataFileException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --dictionary FILE} option of the commands that analyse: the user's own actor dictionaries, on top
 * of the bundled ones.
 */
final class DictionaryOption {

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An actor dictionary of your own (tab-separated, as the bundled ones in sitrep-core's "
                    + "resources: id, kind, name, aliases, dated codes); its entries add to the bundled ones or, "
                    + "with a bundled id, replace them. Repeatable.")
    List<Path> files = new ArrayList<>();

    /**
     * The bundled analyser with these dictionaries. A file that cannot be read or has a malformed line is a
     * usage error naming the file and line, found before the models load.
     */
    Analyzer analyzer(CommandSpec spec) {
        return read(spec, () -> Analyzer.bundled(files));
    }

    /** Reads the files once, so that a mistake is reported before any work when the models load later. */
    void check(CommandSpec spec) {
        if (!files.isEmpty()) {
            read(spec, () -> ActorDictionary.load(files));
        }
    }

    private <T> T read(CommandSpec spec, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (DataFileException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "--dictionary: " + e.getMessage());
        }
    }
}
