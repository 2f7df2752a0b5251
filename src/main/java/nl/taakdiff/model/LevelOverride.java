package nl.taakdiff.model;

import java.util.Objects;

/** A level for one (municipality, task) pair that takes precedence over the rule; with a reason. */
public record LevelOverride(String municipalityCode, String taskCode, Level level, String reason) {
    public LevelOverride {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(taskCode, "taskCode");
        Objects.requireNonNull(level, "level");
        reason = reason == null ? "" : reason;
    }

    public LevelOverride(String municipalityCode, String taskCode, Level level) {
        this(municipalityCode, taskCode, level, "");
    }
}
