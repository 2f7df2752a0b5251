package nl.taakdiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import nl.taakdiff.io.InputException;
import nl.taakdiff.store.WorkbookException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into messages on stderr and the right exit status; never a stack trace for bad input. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputException input) {
            err.print(input.report());
            err.flush();
            return ExitCodes.DATA_ERROR;
        }
        if (e instanceof WorkbookException w) {
            err.println("taakdiff: " + w.getMessage());
            err.flush();
            return ExitCodes.of(w);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("taakdiff: " + e.getMessage());
            err.flush();
            return ExitCodes.IO_ERROR;
        }
        if (e instanceof CommandLine.ParameterException pe) {
            err.println(pe.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("taakdiff: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.SOFTWARE;
    }
}
