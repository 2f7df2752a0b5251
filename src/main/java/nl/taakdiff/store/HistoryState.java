package nl.taakdiff.store;

import java.util.Optional;

/** The labels of the changes that undo and redo would take now; empty when there is none. */
public record HistoryState(Optional<String> undo, Optional<String> redo) {
    public static final HistoryState EMPTY = new HistoryState(Optional.empty(), Optional.empty());
}
