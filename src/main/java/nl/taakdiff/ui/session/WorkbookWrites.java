package nl.taakdiff.ui.session;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.session.Session.SaveState;
import nl.taakdiff.ui.session.Session.StoreFailure;

/**
 * The session's work on the store thread, in order: writes and undo/redo steps. It counts what is
 * still on its way and says so in {@link #saveStateProperty()}; a failure is reported once and
 * keeps the state at {@link SaveState#FAILED} until another workbook is opened.
 */
final class WorkbookWrites {
    /** Work on the open library, on the store thread. */
    @FunctionalInterface
    interface Call<T> {
        T run(ScenarioLibrary library) throws Exception;
    }

    private final Jobs jobs;
    private final Messages messages;
    private final Supplier<ScenarioLibrary> library;
    private final BooleanSupplier editable;
    private final ReadOnlyObjectWrapper<SaveState> saveState =
            new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.NO_WORKBOOK);
    private Consumer<StoreFailure> failureHandler = failure -> { };
    private int pending;
    private boolean failed;

    WorkbookWrites(Jobs jobs, Messages messages, Supplier<ScenarioLibrary> library, BooleanSupplier editable) {
        this.jobs = jobs;
        this.messages = messages;
        this.library = library;
        this.editable = editable;
    }

    ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    void setFailureHandler(Consumer<StoreFailure> handler) {
        this.failureHandler = handler == null ? failure -> { } : handler;
    }

    /** Forgets the counts of the previous workbook. */
    void reset() {
        pending = 0;
        failed = false;
        update();
    }

    /**
     * Runs {@code call} on the store thread after everything queued before it; {@code done} gets its
     * result on the FX thread while the same library is still open, {@code always} runs in any case.
     */
    <T> void run(String actionKey, String scenarioName, Call<T> call, Consumer<T> done, Runnable always) {
        ScenarioLibrary target = library.get();
        if (target == null) {
            always.run();
            return;
        }
        pending++;
        update();
        jobs.store(messages.get("status.saving"), () -> call.run(target), result -> {
            always.run();
            if (target == library.get()) {
                pending--;
                done.accept(result);
                update();
            }
        }, error -> {
            always.run();
            if (target == library.get()) {
                pending--;
                failed = true;
                update();
                failureHandler.accept(new StoreFailure(actionKey, scenarioName, error));
            }
        });
    }

    void update() {
        ScenarioLibrary open = library.get();
        SaveState state;
        if (open == null) {
            state = SaveState.NO_WORKBOOK;
        } else if (!editable.getAsBoolean()) {
            state = SaveState.READ_ONLY;
        } else if (failed) {
            state = SaveState.FAILED;
        } else if (pending > 0) {
            state = SaveState.SAVING;
        } else if (open.path() == null) {
            state = SaveState.IN_MEMORY;
        } else {
            state = SaveState.SAVED;
        }
        saveState.set(state);
    }
}
