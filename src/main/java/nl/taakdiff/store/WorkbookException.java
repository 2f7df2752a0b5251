package nl.taakdiff.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A workbook that cannot be opened, read or changed, with a message meant for the analyst (it names
 * the file and says what to do). The {@link Reason} lets callers (the CLI's exit status, the desktop
 * app's dialogs) tell file problems from problems with a scenario name or version.
 */
public class WorkbookException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** Open: the file does not exist. */
        FILE_NOT_FOUND,
        /** Create: a file of that name exists already (it is left alone). */
        FILE_EXISTS,
        /** The folder the workbook should be in does not exist. */
        FOLDER_NOT_FOUND,
        /** Not a SQLite file, or SQLite without the Taakdiff schema. */
        NOT_A_WORKBOOK,
        /** SQLite reports the file as damaged. */
        DAMAGED,
        /** Written by a newer version of Taakdiff. */
        NEWER_VERSION,
        /** The workbook is open read-only (write-protected file, or open in another instance). */
        READ_ONLY,
        /** The operating system refused to read or write the file. */
        CANNOT_READ_OR_WRITE,
        /** No (live) scenario has that name. */
        NO_SUCH_SCENARIO,
        /** Another scenario has that name (ignoring case). */
        NAME_TAKEN,
        /** An empty name, or one with control characters (tabs, line breaks, …). */
        INVALID_NAME,
        /** The scenario has no version with that number. */
        NO_SUCH_VERSION,
        /** Data that cannot be stored, such as an allocation for unknown tasks. */
        INVALID_DATA,
        /** No (live) appraisal weight set has that name. */
        NO_SUCH_WEIGHT_SET
    }

    private final Reason reason;
    private final WorkbookProblem problem;
    private final List<String> arguments;

    /** A problem; the arguments fill its message (file names, numbers, the operating system's reason). */
    public WorkbookException(WorkbookProblem problem, Object... arguments) {
        this(problem.reason(), problem, null, arguments);
    }

    public WorkbookException(WorkbookProblem problem, Throwable cause, Object... arguments) {
        this(problem.reason(), problem, cause, arguments);
    }

    /** For a problem whose reason depends on the cause (a file that appeared meanwhile, say). */
    public WorkbookException(Reason reason, WorkbookProblem problem, Throwable cause, Object... arguments) {
        super(problem.english(texts(arguments).toArray()), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.problem = problem;
        this.arguments = texts(arguments);
    }

    private static List<String> texts(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public Reason reason() {
        return reason;
    }

    /** Which message this is, for a translation. */
    public WorkbookProblem problem() {
        return problem;
    }

    /** The values filled into the message, in order, as text. */
    public List<String> arguments() {
        return arguments;
    }

    /** True for problems with the file itself rather than with what was asked of it. */
    public boolean isFileProblem() {
        return switch (reason) {
            case NO_SUCH_SCENARIO, NAME_TAKEN, INVALID_NAME, NO_SUCH_VERSION, INVALID_DATA, NO_SUCH_WEIGHT_SET -> false;
            default -> true;
        };
    }
}
