package nl.taakdiff.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** {@link Jobs} on two single-thread executors with {@link Task}s; results arrive on the FX thread. */
public final class FxJobs extends CountingJobs {
    private final ExecutorService storeThread = Executors.newSingleThreadExecutor(daemon("taakdiff-store"));
    private final ExecutorService computeThread = Executors.newSingleThreadExecutor(daemon("taakdiff-compute"));

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> void store(String message, Callable<T> work, Consumer<? super T> onSuccess,
                          Consumer<Throwable> onFailure) {
        submit(storeThread, message, work, onSuccess, onFailure);
    }

    @Override
    public <T> void compute(String message, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
        submit(computeThread, message, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService executor, String text, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> submit(executor, text, work, onSuccess, onFailure));
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        started(text);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        executor.execute(task);
    }

    @Override
    public void shutdown() {
        storeThread.shutdown();
        computeThread.shutdown();
    }
}
