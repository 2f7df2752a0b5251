package nl.taakdiff.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the headless commands. */
public final class Cli {
    private Cli() {
    }

    /** Runs a command and returns its exit status (see {@link ExitCodes}). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }

    /**
     * Opens the desktop app and returns when its window is closed; {@code workbook} is empty for
     * the default workbook or holds the one path to open.
     */
    public static void startDesktop(String... workbook) {
        nl.taakdiff.ui.TaakdiffApp.launchDesktop(workbook);
    }
}
