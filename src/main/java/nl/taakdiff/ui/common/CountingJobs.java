package nl.taakdiff.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every {@link Jobs} tells the status bar: how many jobs are unfinished and what the latest of
 * them is doing. Both implementations count the same way, so tests see what the window sees.
 */
abstract class CountingJobs implements Jobs {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** A job was submitted; a non-empty {@code text} becomes the status message. */
    final void started(String text) {
        running.set(running.get() + 1);
        if (text != null && !text.isEmpty()) {
            message.set(text);
        }
    }

    /** A job ended (done, failed or cancelled); the message clears when none is left. */
    final void finished() {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            message.set("");
        }
    }

    @Override
    public final ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
