package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.StoreDirectory;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option of every store command. A picocli mixin. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreDirectory.DEFAULT,
            description = "The store directory (DuckDB tables and Lucene index). Default: ${DEFAULT-VALUE}.")
    Path dir;
}
