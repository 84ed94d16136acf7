package org.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: entry point of the command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "News intelligence: clean articles, actors and events from news pages.",
        subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Sitrep {

    /**
     * Builds the command line with every subcommand; shared by other entry points that add their own.
     * Output and errors go to standard output and standard error in UTF-8, whatever the platform's default
     * (tests replace them with {@link CommandLine#setOut} and {@link CommandLine#setErr}).
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Sitrep())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
