package nl.taakdiff.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link Jobs} that run at once on the calling thread: for view-model tests without a toolkit. */
public final class InlineJobs extends CountingJobs {
    @Override
    public <T> void store(String text, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        run(text, work, onSuccess, onFailure);
    }

    @Override
    public <T> void compute(String text, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        run(text, work, onSuccess, onFailure);
    }

    private <T> void run(String text, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T value;
        started(text);
        try {
            value = work.call();
        } catch (Exception | Error e) {
            finished();
            onFailure.accept(e);
            return;
        }
        finished();
        onSuccess.accept(value);
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }
}
