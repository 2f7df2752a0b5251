package nl.taakdiff.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;

/**
 * A view built in code, always in the same order: {@link #initializeParts()} creates the controls,
 * {@link #layoutParts()} arranges them, {@link #bindToModel()} connects them to the view model
 * (PreferencesFX style). Views are thrown away and rebuilt when the language changes, while their
 * view models live on; listeners on long-lived models must therefore be added through
 * {@link #listen} so that {@link #dispose()} can remove them.
 */
public abstract class View {
    private final List<Runnable> disposers = new ArrayList<>();

    /** Runs the three init steps; call once, at the end of the subclass constructor. */
    protected final void init() {
        initializeParts();
        layoutParts();
        bindToModel();
    }

    protected abstract void initializeParts();

    protected abstract void layoutParts();

    protected abstract void bindToModel();

    /** The root node of this view. */
    public abstract Parent root();

    protected final <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        disposers.add(() -> value.removeListener(listener));
    }

    @SuppressWarnings("overloads")
    protected final void listen(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        disposers.add(() -> observable.removeListener(listener));
    }

    /** Same as {@link #listenToList}; kept because tab views use it. */
    @SuppressWarnings("overloads")
    protected final <T> void listen(ObservableList<T> list, ListChangeListener<? super T> listener) {
        listenToList(list, listener);
    }

    protected final <T> void listenToList(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        disposers.add(() -> list.removeListener(listener));
    }

    /** Registers a clean-up step, e.g. disposing a child view. */
    protected final void onDispose(Runnable action) {
        disposers.add(action);
    }

    /** Removes every listener this view added to long-lived objects. */
    public void dispose() {
        for (int i = disposers.size() - 1; i >= 0; i--) {
            disposers.get(i).run();
        }
        disposers.clear();
    }
}
