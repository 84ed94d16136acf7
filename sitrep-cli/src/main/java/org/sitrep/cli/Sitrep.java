package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: entry point of the command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "News intelligence: clean articles, actors and events from news pages.",
        subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Sitrep {

    /** Builds the command line with every subcommand; shared by other entry points that add their own. */
    public static CommandLine commandLine() {
        return new CommandLine(new Sitrep()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
