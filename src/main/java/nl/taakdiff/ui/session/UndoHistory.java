package nl.taakdiff.ui.session;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.store.HistoryState;
import nl.taakdiff.store.HistoryStep;
import nl.taakdiff.ui.library.ScenarioLibrary;

/**
 * Undo and redo in the app. The history itself is the open library's (the workbook's journal), so
 * there is only one: an undo here is an undo in the file, which the CLI and the next start see.
 * This class mirrors it for the menu on the FX thread (an edit is undoable at once; after every
 * step and on opening the labels are read back from the library), runs the steps on the store
 * thread after the writes queued before them, and then shows in the session what a step changed.
 *
 * <p>A view whose edits live only in the window (the appraisal's weights on screen) adds them as
 * {@link LocalEdit}s: they take their turn in the same Undo and Redo, in the order they were made,
 * but are not kept in the file. An edit of the workbook that also changes window state (saving the
 * weights on screen as a weight set) is {@link #journaled}: the workbook keeps it, so it can be undone
 * after a restart too, and while the window is open its undo also puts the window state back.
 */
public final class UndoHistory {
    /** An edit of state that lives in the window only; see {@link #local}. */
    public interface LocalEdit {
        void apply();

        void revert();

        EditLabel label();
    }

    /** A write to the open library, on the store thread. */
    @FunctionalInterface
    public interface StoreWrite {
        void run(ScenarioLibrary library) throws Exception;
    }

    /** Marks a step of the library's journal in the order of edits. */
    private static final Object JOURNAL = new Object();

    /** A step of the library's journal that also changed window state. */
    private record Journaled(LocalEdit window) {
    }

    private record Stepped(Optional<HistoryStep> step, HistoryState state) {
    }

    private final Session session;
    private final OpenScenarios scenarios;
    private final WorkbookWrites writes;
    private final ReadOnlyObjectWrapper<EditLabel> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo");
    private final ReadOnlyObjectWrapper<EditLabel> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    /** Where a deleted scenario stood and whether it was the baseline, so undo puts it back there. */
    private final Map<String, Integer> deletedAt = new HashMap<>();
    private final Map<String, Boolean> deletedBaseline = new HashMap<>();
    /** The scenario that was current before one was created, to return to when the creation is undone. */
    private final Map<String, String> currentBeforeCreate = new HashMap<>();
    /** A step is on its way: edits wait for it, so they apply to what it leaves. */
    private boolean stepping;
    /** The edits made in this window, newest first: {@link #JOURNAL} or a {@link LocalEdit}. */
    private final java.util.Deque<Object> undoOrder = new java.util.ArrayDeque<>();
    private final java.util.Deque<Object> redoOrder = new java.util.ArrayDeque<>();
    private HistoryState journal = HistoryState.EMPTY;
    private final java.util.List<java.util.function.Consumer<HistoryStep>> followers = new java.util.ArrayList<>();

    UndoHistory(Session session, OpenScenarios scenarios, WorkbookWrites writes) {
        this.session = session;
        this.scenarios = scenarios;
        this.writes = writes;
    }

    /** Undoes the latest edit of the workbook; false when there is none or a step is still on its way. */
    public boolean undo() {
        return step(true);
    }

    public boolean redo() {
        return step(false);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The edit that undo would revert, or null. */
    public ReadOnlyObjectProperty<EditLabel> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditLabel> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    boolean isStepping() {
        return stepping;
    }

    /** Another library is shown: nothing is known about its history until {@link #show} tells. */
    void forget() {
        undoOrder.clear();
        redoOrder.clear();
        journal = HistoryState.EMPTY;
        update();
        deletedAt.clear();
        deletedBaseline.clear();
        currentBeforeCreate.clear();
        stepping = false;
    }

    /** An edit was made here: it is what undo reverts next, and nothing can be redone. */
    void recorded(EditLabel label) {
        undoOrder.push(JOURNAL);
        redoOrder.clear();
        journal = new HistoryState(Optional.of(label.encode()), Optional.empty());
        update();
    }

    /** Applies an edit of window state and makes it the next to undo. */
    public void local(LocalEdit edit) {
        edit.apply();
        undoOrder.push(edit);
        redoOrder.clear();
        journal = new HistoryState(journal.undo(), Optional.empty());
        update();
    }

    /**
     * Applies an edit of window state that comes with a write to the workbook ({@code write}, recorded
     * there under the edit's label); {@code actionKey} and {@code subject} name it if it fails.
     */
    public void journaled(LocalEdit window, String actionKey, String subject, StoreWrite write) {
        window.apply();
        undoOrder.push(new Journaled(window));
        redoOrder.clear();
        journal = new HistoryState(Optional.of(window.label().encode()), Optional.empty());
        update();
        writes.run(actionKey, subject, lib -> {
            write.run(lib);
            return Boolean.TRUE;
        }, ok -> { }, () -> { });
    }

    /** Tells {@code follower} on the FX thread what every undo or redo of the workbook's journal changed. */
    public void onStep(java.util.function.Consumer<HistoryStep> follower) {
        followers.add(follower);
    }

    void deleting(String name, int index, boolean baseline) {
        deletedAt.put(name, index);
        deletedBaseline.put(name, baseline);
    }

    void creating(String name, String current) {
        currentBeforeCreate.put(name, current);
    }

    /** The library's history as read on the store thread. */
    void show(HistoryState state) {
        journal = state;
        update();
    }

    private void update() {
        Object undoTop = undoOrder.peek();
        Object redoTop = redoOrder.peek();
        set(undoTop instanceof LocalEdit edit ? edit.label() : journal.undo().map(EditLabel::decode).orElse(null),
                redoTop instanceof LocalEdit edit ? edit.label() : journal.redo().map(EditLabel::decode).orElse(null));
    }

    private void set(EditLabel undoLabel, EditLabel redoLabel) {
        nextUndo.set(undoLabel);
        nextRedo.set(redoLabel);
        canUndo.set(undoLabel != null);
        canRedo.set(redoLabel != null);
    }

    private boolean step(boolean undo) {
        boolean possible = undo ? canUndo.get() : canRedo.get();
        if (stepping || !possible) {
            return false;
        }
        java.util.Deque<Object> from = undo ? undoOrder : redoOrder;
        java.util.Deque<Object> to = undo ? redoOrder : undoOrder;
        if (from.peek() instanceof LocalEdit edit) {
            from.pop();
            if (undo) {
                edit.revert();
            } else {
                edit.apply();
            }
            to.push(edit);
            update();
            return true;
        }
        if (session.library() == null || !session.isEditable()) {
            return false;
        }
        Object top = from.poll();
        to.push(top == null ? JOURNAL : top);
        stepping = true;
        writes.run(undo ? "store.undo" : "store.redo", session.locationProperty().get(),
                lib -> new Stepped(undo ? lib.undo() : lib.redo(), lib.history()), done -> {
                    done.step().ifPresent(this::follow);
                    if (top instanceof Journaled journaled) {
                        if (undo) {
                            journaled.window().revert();
                        } else {
                            journaled.window().apply();
                        }
                    }
                    show(done.state());
                }, () -> stepping = false);
        return true;
    }

    /** Shows what a step changed in the workbook, and selects the scenario it touched. */
    private void follow(HistoryStep step) {
        followers.forEach(f -> f.accept(step));
        step.tasks().ifPresent(tasks -> session.setStudy(new Study(session.study().dataset(), tasks)));
        Optional<String> previous = step.previousName().filter(name -> scenarios.indexOf(name) >= 0);
        if (step.scenario().isPresent()) {
            Scenario s = step.scenario().get();
            if (previous.isPresent()) {
                scenarios.put(previous.get(), s);
            } else {
                scenarios.add(deletedAt.getOrDefault(s.name(), Integer.MAX_VALUE), s);
                if (Boolean.TRUE.equals(deletedBaseline.get(s.name()))) {
                    session.baselineNameProperty().set(s.name());
                }
            }
            scenarios.select(s.name());
        } else if (previous.isPresent()) {
            String name = previous.get();
            scenarios.remove(name);
            String before = currentBeforeCreate.get(name);
            if (before != null) {
                scenarios.select(before);
            }
        }
    }
}
