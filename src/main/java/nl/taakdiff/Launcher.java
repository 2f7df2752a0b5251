package nl.taakdiff;

import java.util.Optional;
import nl.taakdiff.cli.Cli;
import nl.taakdiff.ui.TaakdiffApp;

/**
 * The main class: it chooses between the two faces of the program, which do not know each other.
 * No arguments, or the path of a workbook ({@code Taakdiff studie.taakdiff}, as a double click on
 * the file does), opens the desktop app; a command runs the CLI (see {@link StartupArguments}). It
 * does not extend {@code javafx.application.Application}, so the shaded jar starts without the
 * JavaFX module checks.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (StartupArguments.isDesktop(args)) {
            Optional<String> noDisplay = DisplayCheck.problem();
            if (noDisplay.isPresent()) {
                System.err.println(noDisplay.get());
                System.exit(DisplayCheck.NO_DISPLAY);
            }
            launchDesktop(StartupArguments.workbook(args).map(Object::toString).stream().toArray(String[]::new));
            return;
        }
        System.exit(Cli.run(args));
    }

    private static void launchDesktop(String[] workbook) {
        try {
            TaakdiffApp.launchDesktop(workbook);
        } catch (RuntimeException e) {
            if (!DisplayCheck.isNoDisplay(e)) {
                throw e;
            }
            // DISPLAY is set, but Xlib could not open it: say why in one line instead of the toolkit's trace
            System.err.println(DisplayCheck.cannotOpen(System.getenv().getOrDefault("DISPLAY", ""),
                    XDisplayProbe.system()));
            System.exit(DisplayCheck.NO_DISPLAY);
        }
    }
}
