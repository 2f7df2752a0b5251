package nl.taakdiff.model;

import java.util.List;
import java.util.Objects;

/**
 * An allocation of tasks to levels: a rule per (task, size class), optional overrides per
 * (municipality, task) and the overhead rates per level. The dataset and task catalogue it is
 * evaluated against are passed to the engine alongside it.
 */
public record Scenario(String name, String description, Tiering tiering, List<Rule> rules,
                       List<LevelOverride> overrides, Overheads overheads) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(tiering, "tiering");
        rules = List.copyOf(rules);
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(overheads, "overheads");
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, tiering, rules, overrides, overheads);
    }

    public Scenario withRules(List<Rule> newRules) {
        return new Scenario(name, description, tiering, newRules, overrides, overheads);
    }

    public Scenario withOverrides(List<LevelOverride> newOverrides) {
        return new Scenario(name, description, tiering, rules, newOverrides, overheads);
    }

    public Scenario withTiering(Tiering newTiering) {
        return new Scenario(name, description, newTiering, rules, overrides, overheads);
    }

    public Scenario withOverheads(Overheads newOverheads) {
        return new Scenario(name, description, tiering, rules, overrides, newOverheads);
    }

    public Scenario withDescription(String newDescription) {
        return new Scenario(name, newDescription, tiering, rules, overrides, overheads);
    }

    /** True when some task has different levels in different size classes. */
    public boolean isDifferentiated() {
        java.util.Map<String, Level> first = new java.util.HashMap<>();
        for (Rule rule : rules) {
            Level seen = first.putIfAbsent(rule.taskCode(), rule.level());
            if (seen != null && seen != rule.level()) {
                return true;
            }
        }
        return false;
    }
}
