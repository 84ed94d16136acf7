package org.sitrep.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: entry point of the command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "News intelligence: clean articles, actors and events from news pages.",
        subcommands = {ExtractCommand.class, AnalyzeCommand.class, IngestCommand.class, SearchCommand.class,
                EventsCommand.class, ActorsCommand.class, StatsCommand.class, ExportCommand.class,
                org.sitrep.server.ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Sitrep {

    /**
     * Builds the command line with every subcommand; shared by other entry points that add their own.
     * Output and errors go to standard output and standard error in UTF-8, whatever the platform's default
     * (tests replace them with {@link CommandLine#setOut} and {@link CommandLine#setErr}). The writers sit
     * on the file descriptors rather than on {@code System.out}, which swallows write errors: a command can
     * then see a closed pipe or a full disk with {@link PrintWriter#checkError()}.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Sitrep())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new StoreErrors())
                .setOut(writer(FileDescriptor.out))
                .setErr(writer(FileDescriptor.err));
    }

    private static PrintWriter writer(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
