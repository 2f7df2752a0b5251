package nl.taakdiff;

import nl.taakdiff.cli.Cli;
import nl.taakdiff.ui.TaakdiffApp;

/**
 * The main class: it chooses between the two faces of the program, which do not know each other.
 * No arguments opens the desktop app; a command runs the CLI. It does not extend
 * {@code javafx.application.Application}, so the shaded jar starts without the JavaFX module checks.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            TaakdiffApp.launchDesktop();
            return;
        }
        System.exit(Cli.run(args));
    }
}
