package nl.taakdiff;

import java.util.Optional;
import nl.taakdiff.cli.Cli;

/**
 * The main class. It does not extend {@code javafx.application.Application}, so the shaded jar
 * starts without the JavaFX module checks. No arguments opens the desktop app; a command runs the CLI.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Optional<String> noDisplay = DisplayCheck.problem();
            if (noDisplay.isPresent()) {
                System.err.println(noDisplay.get());
                System.exit(DisplayCheck.NO_DISPLAY);
            }
            Cli.startDesktop();
            return;
        }
        System.exit(Cli.run(args));
    }
}
