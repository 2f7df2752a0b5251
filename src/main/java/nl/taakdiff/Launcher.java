package nl.taakdiff;

import nl.taakdiff.cli.Cli;

/**
 * The main class. It does not extend {@code javafx.application.Application}, so the shaded jar
 * starts without the JavaFX module checks. No arguments, or the path of a workbook
 * ({@code Taakdiff studie.taakdiff}, as a double click on the file does), opens the desktop app;
 * a command runs the CLI (see {@link StartupArguments}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (StartupArguments.isDesktop(args)) {
            Cli.startDesktop(StartupArguments.workbook(args).map(Object::toString).stream().toArray(String[]::new));
            return;
        }
        System.exit(Cli.run(args));
    }
}
