package nl.taakdiff.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import nl.taakdiff.engine.uncertainty.MonteCarlo;

/**
 * Progress and cancellation of one Monte Carlo run on a background thread. Progress is handed to
 * the FX thread when the run was started from it (directly otherwise, as with {@link InlineJobs} in
 * tests); cancelling takes effect after the current block of draws.
 */
public final class RunMonitor implements MonteCarlo.Monitor {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final DoubleConsumer onProgress;
    private final Consumer<Runnable> toFx;

    /** {@code onProgress} receives the share of the draws done, 0 to 1. */
    public RunMonitor(DoubleConsumer onProgress) {
        this.onProgress = onProgress;
        this.toFx = Platform.isFxApplicationThread() ? Platform::runLater : Runnable::run;
    }

    @Override
    public void progress(int done, int total) {
        double share = (double) done / total;
        toFx.accept(() -> onProgress.accept(share));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }
}
