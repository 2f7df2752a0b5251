package nl.taakdiff.ui;

import java.util.Objects;
import java.util.Properties;
import java.util.prefs.Preferences;

/**
 * Remembers, per display, that JavaFX found no graphics hardware there. JavaFX first tries its
 * hardware pipeline (OpenGL, Direct3D) and falls back to drawing in software; where that try fails
 * (a virtual or remote display, a machine without a GPU driver) it costs every start a few hundred
 * milliseconds. After a start that ended up drawing in software, the next starts on that display
 * ask for software at once; every tenth tries the hardware again, so a new driver is found. A
 * {@code prism.order} given by the user is always left alone.
 */
final class GraphicsMemory {
    static final String ORDER = "prism.order";
    /** Set beside {@link #ORDER} when this class chose it, to tell it from the user's own. */
    static final String CHOSEN = "taakdiff.prism.chosen";
    static final int RETRY_EVERY = 10;
    private static final int MAX_KEY = Preferences.MAX_KEY_LENGTH;
    private final Preferences node;
    private final String key;

    GraphicsMemory(Preferences node, String display) {
        this.node = Objects.requireNonNull(node, "node");
        String name = "software " + Objects.requireNonNull(display, "display");
        this.key = name.length() > MAX_KEY ? name.substring(0, MAX_KEY) : name;
    }

    /** The current user's memory for the display this process draws on. */
    static GraphicsMemory user() {
        String display = System.getenv("WAYLAND_DISPLAY");
        if (display == null) {
            display = System.getenv("DISPLAY");
        }
        return new GraphicsMemory(Preferences.userRoot().node("nl/taakdiff/desktop/graphics"),
                display == null ? "" : display);
    }

    /** Before the toolkit starts: asks for software drawing when the hardware failed here last time. */
    void chooseBeforeStart(Properties system) {
        int softwareStarts = node.getInt(key, 0);
        if (system.getProperty(ORDER) == null && softwareStarts > 0 && softwareStarts % RETRY_EVERY != 0) {
            system.setProperty(ORDER, "sw");
            system.setProperty(CHOSEN, "true");
        }
    }

    /** Once the toolkit runs: notes whether it draws with the hardware (false: in software). */
    void remember(boolean hardware, Properties system) {
        boolean userOrder = system.getProperty(ORDER) != null && system.getProperty(CHOSEN) == null;
        if (userOrder) {
            return;
        }
        if (hardware) {
            node.remove(key);
        } else {
            node.putInt(key, node.getInt(key, 0) + 1);
        }
    }
}
