package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of the {@code sitrep} command with captured streams. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return withStdin(new byte[0], args);
    }

    static CliRun withStdin(byte[] stdin, String... args) {
        CommandLine sitrep = Sitrep.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        sitrep.setOut(new PrintWriter(out, true));
        sitrep.setErr(new PrintWriter(err, true));
        ExtractCommand extract = (ExtractCommand) sitrep.getSubcommands().get("extract").getCommand();
        extract.inputs.stdin = new ByteArrayInputStream(stdin);
        int exit = sitrep.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> outLines() {
        return lines(out);
    }

    List<String> errLines() {
        return lines(err);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
