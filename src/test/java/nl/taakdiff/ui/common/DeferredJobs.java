package nl.taakdiff.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;

/** Jobs that wait until the test lets them run, so that a run can be cancelled while it is queued. */
public final class DeferredJobs implements Jobs {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void store(String message, Callable<T> work, Consumer<? super T> onSuccess,
                          Consumer<Throwable> onFailure) {
        compute(message, work, onSuccess, onFailure);
    }

    @Override
    public <T> void compute(String message, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        });
    }

    /** Runs the oldest queued job only. */
    public void runNext() {
        queued.remove(0).run();
    }

    public int queued() {
        return queued.size();
    }

    /** Runs the queued jobs, and the jobs they queue, in order. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return new SimpleIntegerProperty(queued.size());
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return new SimpleStringProperty("");
    }

    @Override
    public void shutdown() {
        queued.clear();
    }
}
