package nl.taakdiff.cli;

import nl.taakdiff.io.InputException;
import nl.taakdiff.store.WorkbookException;

/** Exit statuses, after BSD sysexits: 0 ok, 2 wrong usage, 65 bad input data, 74 I/O error. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int DATA_ERROR = 65;
    public static final int IO_ERROR = 74;
    public static final int SOFTWARE = 70;

    private ExitCodes() {
    }

    static int of(Throwable t) {
        // Picocli hands usage errors (unknown option, missing subcommand) to this mapper too.
        if (t instanceof picocli.CommandLine.ParameterException) {
            return USAGE;
        }
        if (t instanceof InputException) {
            return DATA_ERROR;
        }
        if (t instanceof WorkbookException w) {
            // the file cannot be used (74), or the request does not fit the workbook's data (65)
            return w.isFileProblem() ? IO_ERROR : DATA_ERROR;
        }
        if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
            return IO_ERROR;
        }
        return SOFTWARE;
    }
}
