package nl.taakdiff;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the desktop app can find a screen. On Linux and other X11/Wayland systems without
 * {@code DISPLAY} or {@code WAYLAND_DISPLAY} JavaFX fails with a stack trace; this says instead,
 * in one line, what is missing and that the commands work without a display.
 */
final class DisplayCheck {
    /** Exit status when the desktop app cannot start for want of a display (documented in the README). */
    static final int NO_DISPLAY = 2;
    static final String MESSAGE = "taakdiff: the desktop app needs a display, and none is set (DISPLAY is empty);"
            + " the commands work without one: run 'taakdiff --help'";

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
}
