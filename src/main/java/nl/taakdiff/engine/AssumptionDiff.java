package nl.taakdiff.engine;

import java.util.Objects;

/**
 * One assumption that differs between two scenarios or two versions, side by side. {@code key}
 * names the assumption within its kind (e.g. {@code JZ-SPEC @ 20000-50000} for a rule,
 * {@code JZ-SPEC unit_cost} for a task parameter); {@code left}/{@code right} are the values as
 * shown to the analyst, {@link #ABSENT} where one side does not have the assumption.
 */
public record AssumptionDiff(Kind kind, String key, String left, String right) {
    /** Shown for a side that lacks the assumption (a rule, override or task only on the other side). */
    public static final String ABSENT = "(none)";

    public enum Kind {
        DESCRIPTION,
        TIERING,
        OVERHEAD,
        RULE,
        OVERRIDE,
        TASK,
        /** A criterion of an appraisal weight set: direction, weight and thresholds, or the method. */
        WEIGHT
    }

    public AssumptionDiff {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
