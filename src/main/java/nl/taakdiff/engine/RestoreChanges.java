package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Tiering;

/**
 * What restoring an older state of a scenario would change in the current one, typed so that a
 * dialog can say it in the analyst's words: each allocation cell whose level would change (task,
 * size class, level now and then), the size classes, the overrides that would come back, go or
 * change, the overhead rates and the description. A pure function of the two states; the name is
 * not compared (a restored version keeps the current name).
 */
public record RestoreChanges(String descriptionNow, String descriptionThen, Tiering tieringNow, Tiering tieringThen,
                             List<CellChange> cells, List<OverrideChange> overrides,
                             List<OverheadChange> overheads) {
    /**
     * A cell of the allocation: its size class (of the state that has the rule; the current one
     * when both have it) and the level now and after restoring, {@code null} where that state has
     * no rule for the cell.
     */
    public record CellChange(String taskCode, SizeClass sizeClass, Level now, Level then) {
    }

    /** How restoring would change an override. */
    public enum OverrideKind {
        /** Only the older state has it: restoring adds it. */
        ADDED,
        /** Only the current state has it: restoring removes it. */
        REMOVED,
        /** Both have one for the municipality and task, with another level or reason. */
        CHANGED
    }

    /** An override now and after restoring; {@code now} is null when added, {@code then} when removed. */
    public record OverrideChange(OverrideKind kind, String municipalityCode, String taskCode,
                                 LevelOverride now, LevelOverride then) {
    }

    /** An overhead rate of a level now and after restoring. */
    public record OverheadChange(Level level, double now, double then) {
    }

    public RestoreChanges {
        cells = List.copyOf(cells);
        overrides = List.copyOf(overrides);
        overheads = List.copyOf(overheads);
    }

    /** What restoring {@code then} over {@code now} changes. */
    public static RestoreChanges of(Scenario now, Scenario then) {
        return new RestoreChanges(now.description(), then.description(), now.tiering(), then.tiering(),
                cells(now, then), overrides(now.overrides(), then.overrides()), overheads(now, then));
    }

    /** True when restoring would change nothing. */
    public boolean isEmpty() {
        return !descriptionChanges() && !tieringChanges() && cells.isEmpty() && overrides.isEmpty()
                && overheads.isEmpty();
    }

    public boolean descriptionChanges() {
        return !descriptionNow.equals(descriptionThen);
    }

    public boolean tieringChanges() {
        return !tieringNow.equals(tieringThen);
    }

    /** Cells in the current allocation's order (task by task), then those only the older state has. */
    private static List<CellChange> cells(Scenario now, Scenario then) {
        Map<String, Rule> before = rulesByCell(now);
        Map<String, Rule> after = rulesByCell(then);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<CellChange> out = new ArrayList<>();
        for (String key : keys) {
            Rule a = before.get(key);
            Rule b = after.get(key);
            Level levelNow = a == null ? null : a.level();
            Level levelThen = b == null ? null : b.level();
            if (levelNow != levelThen) {
                Rule any = a != null ? a : b;
                Tiering tiering = a != null ? now.tiering() : then.tiering();
                out.add(new CellChange(any.taskCode(), sizeClass(tiering, any.minPopulation()), levelNow, levelThen));
            }
        }
        return out;
    }

    private static Map<String, Rule> rulesByCell(Scenario s) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : s.rules()) {
            map.putIfAbsent(r.taskCode() + '\u0000' + r.minPopulation(), r);
        }
        return map;
    }

    /** The class with this lower bound; a bound outside the tiering stands as an open class of its own. */
    private static SizeClass sizeClass(Tiering tiering, long lower) {
        int index = tiering.indexOfLowerBound(lower);
        return index < 0 ? new SizeClass(-1, lower, Long.MAX_VALUE) : tiering.classes().get(index);
    }

    private static List<OverrideChange> overrides(List<LevelOverride> now, List<LevelOverride> then) {
        Map<String, LevelOverride> before = overridesByKey(now);
        Map<String, LevelOverride> after = overridesByKey(then);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<OverrideChange> out = new ArrayList<>();
        for (String key : keys) {
            LevelOverride a = before.get(key);
            LevelOverride b = after.get(key);
            if (Objects.equals(a, b)) {
                continue;
            }
            LevelOverride any = a != null ? a : b;
            OverrideKind kind = a == null ? OverrideKind.ADDED : b == null ? OverrideKind.REMOVED : OverrideKind.CHANGED;
            out.add(new OverrideChange(kind, any.municipalityCode(), any.taskCode(), a, b));
        }
        return out;
    }

    private static Map<String, LevelOverride> overridesByKey(List<LevelOverride> overrides) {
        Map<String, LevelOverride> map = new LinkedHashMap<>();
        for (LevelOverride o : overrides) {
            map.putIfAbsent(o.municipalityCode() + '\u0000' + o.taskCode(), o);
        }
        return map;
    }

    private static List<OverheadChange> overheads(Scenario now, Scenario then) {
        List<OverheadChange> out = new ArrayList<>();
        for (Level level : Level.values()) {
            double a = now.overheads().rate(level);
            double b = then.overheads().rate(level);
            if (Double.compare(a, b) != 0) {
                out.add(new OverheadChange(level, a, b));
            }
        }
        return out;
    }
}
