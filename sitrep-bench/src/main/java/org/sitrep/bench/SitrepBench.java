package org.sitrep.bench;

import org.sitrep.cli.Sitrep;
import picocli.CommandLine;

/**
 * Entry point of the bench jar: sitrep's command line with the {@code eval} and {@code bench} commands
 * added. Kept apart so that the CLI jar never carries the peer libraries.
 */
public final class SitrepBench {

    private SitrepBench() {
    }

    /** sitrep's command line with {@code eval} and {@code bench}. */
    public static CommandLine commandLine() {
        CommandLine line = Sitrep.commandLine();
        line.addSubcommand(new CommandLine(new EvalCommand()).setCaseInsensitiveEnumValuesAllowed(true));
        line.getSubcommands().get("eval").addSubcommand(new org.sitrep.bench.events.EvalEventsCommand());
        line.getSubcommands().get("eval").addSubcommand(new org.sitrep.bench.entities.EvalEntitiesCommand());
        line.addSubcommand(new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true));
        line.getSubcommands().get("bench").addSubcommand(new BenchAnalyzeCommand());
        line.getSubcommands().get("bench").addSubcommand(new BenchStoreCommand());
        line.getSubcommands().get("bench").addSubcommand(new org.sitrep.bench.serve.BenchServeCommand());
        return line;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
