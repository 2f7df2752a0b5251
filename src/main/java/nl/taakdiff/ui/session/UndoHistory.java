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

/**
 * Undo and redo in the app. The history itself is the open library's (the workbook's journal), so
 * there is only one: an undo here is an undo in the file, which the CLI and the next start see.
 * This class mirrors it for the menu on the FX thread (an edit is undoable at once; after every
 * step and on opening the labels are read back from the library), runs the steps on the store
 * thread after the writes queued before them, and then shows in the session what a step changed.
 */
public final class UndoHistory {
    private record Stepped(Optional<HistoryStep> step, HistoryState state) {
    }

    private final Session session;
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

    UndoHistory(Session session, WorkbookWrites writes) {
        this.session = session;
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
        set(null, null);
        deletedAt.clear();
        deletedBaseline.clear();
        currentBeforeCreate.clear();
        stepping = false;
    }

    /** An edit was made here: it is what undo reverts next, and nothing can be redone. */
    void recorded(EditLabel label) {
        set(label, null);
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
        set(state.undo().map(EditLabel::decode).orElse(null), state.redo().map(EditLabel::decode).orElse(null));
    }

    private void set(EditLabel undoLabel, EditLabel redoLabel) {
        nextUndo.set(undoLabel);
        nextRedo.set(redoLabel);
        canUndo.set(undoLabel != null);
        canRedo.set(redoLabel != null);
    }

    private boolean step(boolean undo) {
        boolean possible = undo ? canUndo.get() : canRedo.get();
        if (session.library() == null || !session.isEditable() || stepping || !possible) {
            return false;
        }
        stepping = true;
        writes.run(undo ? "store.undo" : "store.redo", session.locationProperty().get(),
                lib -> new Stepped(undo ? lib.undo() : lib.redo(), lib.history()), done -> {
                    done.step().ifPresent(this::follow);
                    show(done.state());
                }, () -> stepping = false);
        return true;
    }

    /** Shows what a step changed in the workbook, and selects the scenario it touched. */
    private void follow(HistoryStep step) {
        step.tasks().ifPresent(tasks -> session.setStudy(new Study(session.study().dataset(), tasks)));
        Optional<String> previous = step.previousName().filter(name -> session.indexOf(name) >= 0);
        if (step.scenario().isPresent()) {
            Scenario s = step.scenario().get();
            if (previous.isPresent()) {
                session.put(previous.get(), s);
            } else {
                session.add(deletedAt.getOrDefault(s.name(), Integer.MAX_VALUE), s);
                if (Boolean.TRUE.equals(deletedBaseline.get(s.name()))) {
                    session.baselineNameProperty().set(s.name());
                }
            }
            session.select(s.name());
        } else if (previous.isPresent()) {
            String name = previous.get();
            session.remove(name);
            String before = currentBeforeCreate.get(name);
            if (before != null) {
                session.select(before);
            }
        }
    }
}
