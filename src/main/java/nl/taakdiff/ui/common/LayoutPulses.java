package nl.taakdiff.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs code once a scene has been laid out, e.g. to measure when a change is really on screen. */
public final class LayoutPulses {
    private LayoutPulses() {
    }

    /** Runs {@code action} on the FX thread at the end of the next layout pulse of {@code scene}. */
    public static void afterNext(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
        Platform.requestNextPulse();
    }
}
