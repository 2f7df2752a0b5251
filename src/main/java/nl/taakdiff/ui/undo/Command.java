package nl.taakdiff.ui.undo;

/**
 * One undoable edit (Scene Builder's Job). {@link #execute()} runs it the first time,
 * {@link #undo()} reverts it, {@link #redo()} applies it again.
 */
public interface Command {
    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** What the command does, as a message key and arguments, e.g. for "Undo set level". */
    Description description();

    /** A message key with its arguments. */
    record Description(String key, Object... args) {
    }
}
