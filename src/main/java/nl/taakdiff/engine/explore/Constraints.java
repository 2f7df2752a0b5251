package nl.taakdiff.engine.explore;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.taakdiff.model.Level;

/**
 * What the explorer may choose from: per task code the allowed levels (a task not named may use
 * all five), and whether every task must keep one level for all size classes.
 */
public record Constraints(Map<String, Set<Level>> allowed, boolean uniformOnly) {
    public static final Constraints NONE = new Constraints(Map.of(), false);

    public Constraints {
        Objects.requireNonNull(allowed, "allowed");
        Map<String, Set<Level>> copy = new HashMap<>();
        for (Map.Entry<String, Set<Level>> e : allowed.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("task " + e.getKey() + " needs at least one allowed level");
            }
            copy.put(e.getKey(), Set.copyOf(EnumSet.copyOf(e.getValue())));
        }
        allowed = Map.copyOf(copy);
    }

    public Set<Level> allowedFor(String taskCode) {
        return allowed.getOrDefault(taskCode, EnumSet.allOf(Level.class));
    }

    public boolean isAllowed(String taskCode, Level level) {
        return allowedFor(taskCode).contains(level);
    }

    public Constraints withUniformOnly(boolean uniform) {
        return new Constraints(allowed, uniform);
    }

    public Constraints withAllowed(String taskCode, Set<Level> levels) {
        Map<String, Set<Level>> copy = new HashMap<>(allowed);
        if (levels.size() == Level.values().length) {
            copy.remove(taskCode);
        } else {
            copy.put(taskCode, levels);
        }
        return new Constraints(copy, uniformOnly);
    }
}
