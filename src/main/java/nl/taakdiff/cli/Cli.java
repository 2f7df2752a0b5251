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
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("taakdiff: not enough memory for this input; give Java more with -Xmx (e.g. java -Xmx4g -jar …)");
            err.flush();
            return ExitCodes.SOFTWARE;
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(FailureHandler::usage);
        return cli;
    }
}
