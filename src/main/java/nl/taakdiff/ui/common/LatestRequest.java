package nl.taakdiff.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Computes for the newest of a stream of requests, one run at a time on the compute thread: while a
 * run is busy, newer requests fold into one follow-up run, and a run's outcome is shown only when no
 * request came after it. A slider dragged fast so never queues stale work, and its last position
 * always wins. Use from the FX thread.
 *
 * @param <R> what one run computes
 */
public final class LatestRequest<R> {
    /** The work of one request and how to show its outcome. */
    public interface Work<R> {
        /**
         * The computation of request number {@code request} from the current state, prepared on the
         * FX thread; null when there is nothing to compute.
         */
        Callable<R> prepare(long request);

        /**
         * Shows the outcome of the newest request: its result, or the error it failed with, or both
         * null when {@link #prepare} found nothing to compute.
         */
        void show(long request, R result, Throwable error);
    }

    private final Jobs jobs;
    private final Supplier<String> status;
    private final Work<R> work;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing", false);
    private long requested;
    private boolean inFlight;

    /** @param status the status bar's text while a run is busy */
    public LatestRequest(Jobs jobs, Supplier<String> status, Work<R> work) {
        this.jobs = jobs;
        this.status = status;
        this.work = work;
    }

    /** Asks for a run on the current state. */
    public void request() {
        requested++;
        if (!inFlight) {
            launch();
        }
    }

    /** The number of the newest request. */
    public long requested() {
        return requested;
    }

    /** True while a run is busy. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    private void launch() {
        long id = requested;
        Callable<R> computation = work.prepare(id);
        if (computation == null) {
            computing.set(false);
            work.show(id, null, null);
            return;
        }
        inFlight = true;
        computing.set(true);
        jobs.compute(status.get(), computation, result -> finished(id, result, null), error -> finished(id, null, error));
    }

    private void finished(long id, R result, Throwable error) {
        inFlight = false;
        if (id == requested) {
            computing.set(false);
            work.show(id, result, error);
        } else {
            launch();
        }
    }
}
