package nl.taakdiff.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
final class CliHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
