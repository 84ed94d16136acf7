package org.sitrep.cli;

import org.sitrep.store.QuerySyntaxException;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the store's expected failures into one line on standard error and an exit status, instead of a
 * stack trace: a query the search syntax cannot read is a usage error (2); a store that is missing, busy or
 * unwritable is 1. Anything else is a bug and keeps picocli's default report.
 */
final class StoreErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (e instanceof QuerySyntaxException) {
            command.getErr().println("error: " + e.getMessage());
            return 2;
        }
        if (e instanceof StoreException) {
            command.getErr().println("error: " + e.getMessage());
            return 1;
        }
        throw e;
    }
}
