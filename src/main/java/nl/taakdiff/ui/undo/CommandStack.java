package nl.taakdiff.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Undo and redo of {@link Command}s, after Scene Builder's JobManager: executing a command clears
 * the redo history; every execute, undo and redo increments {@link #revisionProperty()}.
 * Use on one thread (the FX thread).
 */
public final class CommandStack {
    public static final int DEFAULT_LIMIT = 500;

    private final Deque<Command> undoable = new ArrayDeque<>();
    private final Deque<Command> redoable = new ArrayDeque<>();
    private final int limit;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyObjectWrapper<Command> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo");
    private final ReadOnlyObjectWrapper<Command> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo");
    private boolean running;

    public CommandStack() {
        this(DEFAULT_LIMIT);
    }

    public CommandStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /** Executes the command and makes it undoable; if it throws, nothing is recorded. */
    public void execute(Command command) {
        guard(() -> {
            command.execute();
            undoable.push(command);
            while (undoable.size() > limit) {
                undoable.removeLast();
            }
            redoable.clear();
        });
    }

    public boolean undo() {
        if (undoable.isEmpty()) {
            return false;
        }
        guard(() -> {
            Command command = undoable.peek();
            command.undo();
            undoable.pop();
            redoable.push(command);
        });
        return true;
    }

    public boolean redo() {
        if (redoable.isEmpty()) {
            return false;
        }
        guard(() -> {
            Command command = redoable.peek();
            command.redo();
            redoable.pop();
            undoable.push(command);
        });
        return true;
    }

    /** Forgets the history, e.g. when another workbook is opened. */
    public void clear() {
        undoable.clear();
        redoable.clear();
        revision.set(revision.get() + 1);
        update();
    }

    private void guard(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not execute, undo or redo another command");
        }
        running = true;
        try {
            action.run();
            revision.set(revision.get() + 1);
        } finally {
            running = false;
            update();
        }
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        nextUndo.set(undoable.peek());
        nextRedo.set(redoable.peek());
    }

    public int revision() {
        return revision.get();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Command> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Command> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    public Optional<Command> peekUndo() {
        return Optional.ofNullable(undoable.peek());
    }

    public int undoSize() {
        return undoable.size();
    }

    public int redoSize() {
        return redoable.size();
    }
}
