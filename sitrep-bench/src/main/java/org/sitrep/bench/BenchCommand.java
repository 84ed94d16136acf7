package org.sitrep.bench;

import picocli.CommandLine.Command;

/** {@code sitrep bench}: measures sitrep's speed and memory, beside peer tools. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = BenchExtractCommand.class,
        description = "Measure sitrep's speed and memory, beside peer tools.")
final class BenchCommand {
}
