package nl.taakdiff.model;

import java.util.Objects;

/** The level of a task for the size class whose lower bound is {@code minPopulation}. */
public record Rule(String taskCode, long minPopulation, Level level) {
    public Rule {
        Objects.requireNonNull(taskCode, "taskCode");
        Objects.requireNonNull(level, "level");
    }
}
