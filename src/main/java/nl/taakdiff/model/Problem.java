package nl.taakdiff.model;

import java.util.Objects;

/**
 * One thing wrong with the input of an evaluation. {@code index} is the position of the offending
 * record in its input list (municipalities, tasks, rules, overrides, tiering bounds), so that a
 * loader that knows where each record came from can point at the file and line; -1 when no single
 * record is at fault.
 */
public record Problem(Subject subject, int index, String message) {
    public Problem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** The kind of input record a problem is about. */
    public enum Subject {
        MUNICIPALITY,
        TASK,
        RULE,
        OVERRIDE,
        TIERING,
        OVERHEAD
    }

    @Override
    public String toString() {
        return message;
    }
}
