package nl.taakdiff.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Background work. Workbook (SQLite) work runs in order on one store thread; evaluations on one
 * compute thread. Callbacks run on the FX thread. Submit from the FX thread; work must only touch
 * the immutable values it was given.
 */
public interface Jobs {
    /** Work on the workbook; jobs run one after another in submission order. */
    <T> void store(String message, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Calculation work. */
    <T> void compute(String message, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Jobs submitted and not yet finished. */
    ReadOnlyIntegerProperty runningProperty();

    /** What the most recent unfinished job is doing, for the status bar; empty when idle. */
    ReadOnlyStringProperty messageProperty();

    default boolean isIdle() {
        return runningProperty().get() == 0;
    }

    /** Stops the threads after the queued work is done. */
    void shutdown();
}
