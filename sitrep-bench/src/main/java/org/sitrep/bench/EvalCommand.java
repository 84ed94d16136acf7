package org.sitrep.bench;

import picocli.CommandLine.Command;

/** {@code sitrep eval}: scores sitrep against gold data, beside peer tools. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = EvalExtractCommand.class,
        description = "Score sitrep against gold data, beside peer tools.")
final class EvalCommand {
}
