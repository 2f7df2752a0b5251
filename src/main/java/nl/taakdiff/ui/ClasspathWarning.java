package nl.taakdiff.ui;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Drops JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
 * warning. The app runs JavaFX from the class path on purpose (a shaded jar, see the Launcher), so
 * the warning only worried users and stood above the one line a failed start prints. Every other
 * JavaFX log record still goes through.
 */
final class ClasspathWarning {
    static final String PREFIX = "Unsupported JavaFX configuration: classes were loaded from";
    /** JUL keeps loggers only weakly: hold this one so that its filter stays. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    static final Filter FILTER = record -> record.getMessage() == null || !record.getMessage().startsWith(PREFIX);

    private ClasspathWarning() {
    }

    static void hide() {
        JAVAFX.setFilter(FILTER);
    }
}
