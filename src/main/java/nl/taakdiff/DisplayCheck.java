package nl.taakdiff;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.taakdiff.io.Echo;

/**
 * Whether the desktop app can find a screen. On Linux and other X11/Wayland systems without
 * {@code DISPLAY} or {@code WAYLAND_DISPLAY} JavaFX fails with a stack trace; this says instead,
 * in one line, what is missing and that the commands work without a display. A display that is
 * set but cannot be opened is only found out when JavaFX starts; {@link #cannotOpen} says that
 * in one line too.
 */
final class DisplayCheck {
    /** Exit status when the desktop app cannot start for want of a display (documented in the README). */
    static final int NO_DISPLAY = 2;
    static final String MESSAGE = "taakdiff: the desktop app needs a display, and none is set (DISPLAY is empty);"
            + " the commands work without one: run 'taakdiff --help'";
    /** What JavaFX's GTK toolkit throws from {@code Application.launch} when Xlib cannot open the display. */
    static final String JAVAFX_NO_DISPLAY = "Unable to open DISPLAY";

    private DisplayCheck() {
    }

    /** The message when no display can be used, judged from the OS name, environment and JavaFX platform. */
    static Optional<String> problem(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        boolean x11 = !env.getOrDefault("DISPLAY", "").isBlank();
        boolean wayland = !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return x11 || wayland ? Optional.empty() : Optional.of(MESSAGE);
    }

    static Optional<String> problem() {
        return problem(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /** Whether the toolkit failed to start because it could not open the display (the cause chain included). */
    static boolean isNoDisplay(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException && JAVAFX_NO_DISPLAY.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The one line for a display that is set but could not be opened, with the reason {@code probe} finds. */
    static String cannotOpen(String display, XDisplayProbe probe) {
        String which = display.isBlank() ? "a display" : "the display " + Echo.visible(display);
        return Echo.escape("taakdiff: the desktop app could not open " + which + ": " + probe.reason(display)
                + "; the commands work without a display: run 'taakdiff --help'");
    }
}
