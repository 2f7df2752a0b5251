package nl.taakdiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import nl.taakdiff.io.Echo;
import nl.taakdiff.io.FileErrors;
import nl.taakdiff.io.InputException;
import nl.taakdiff.store.WorkbookException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into messages on stderr and the right exit status: every message is one line
 * (a list of input problems one line per problem) and never a stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        try {
            if (e instanceof InputException input) {
                err.print(input.report());
                return ExitCodes.DATA_ERROR;
            }
            if (e instanceof WorkbookException w) {
                err.println("taakdiff: " + Echo.escape(w.getMessage()));
                return ExitCodes.of(w);
            }
            if (e instanceof CommandLine.ParameterException pe) {
                return usage(pe, new String[0]);
            }
            IOException io = FileErrors.ioCause(e);
            if (io != null) {
                err.println("taakdiff: " + describe(io));
                return ExitCodes.IO_ERROR;
            }
            err.println("taakdiff: internal error, please report it: " + Echo.visible(String.valueOf(e)));
            return ExitCodes.SOFTWARE;
        } finally {
            err.flush();
        }
    }

    /**
     * Wrong usage in one line: what is wrong and where to read how it goes, without the whole
     * usage text (which buries the message).
     */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(Echo.escape(String.valueOf(e.getMessage())) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** One line naming the file and the reason. */
    static String describe(IOException e) {
        if (e instanceof FileErrors.Described) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return "cannot use " + fs.getFile() + ": " + FileErrors.reason(e);
        }
        return FileErrors.reason(e);
    }
}
