package nl.taakdiff.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/** Pure helpers for editing immutable scenarios. */
public final class Scenarios {
    private Scenarios() {
    }

    /** One cell of the allocation matrix: a task in the size class with this lower bound. */
    public record Cell(String taskCode, long minPopulation) {
    }

    /** The rule level of a cell, or null when the scenario has no rule for it. */
    public static Level level(Scenario scenario, String taskCode, long minPopulation) {
        for (Rule rule : scenario.rules()) {
            if (rule.minPopulation() == minPopulation && rule.taskCode().equals(taskCode)) {
                return rule.level();
            }
        }
        return null;
    }

    /** The rule level for a population: the rule of the class that holds it; null when missing. */
    public static Level levelFor(Scenario scenario, String taskCode, long population) {
        List<Long> bounds = scenario.tiering().lowerBounds();
        if (bounds.isEmpty()) {
            return null;
        }
        long lower = bounds.get(scenario.tiering().classIndexOf(population));
        return level(scenario, taskCode, lower);
    }

    /** Rules indexed by cell. */
    public static Map<Cell, Level> levels(Scenario scenario) {
        Map<Cell, Level> map = new LinkedHashMap<>();
        for (Rule rule : scenario.rules()) {
            map.put(new Cell(rule.taskCode(), rule.minPopulation()), rule.level());
        }
        return map;
    }

    /** A copy with the given cells set; rules keep their order, missing ones are appended. */
    public static Scenario withLevels(Scenario scenario, Map<Cell, Level> changes) {
        Map<Cell, Level> remaining = new LinkedHashMap<>(changes);
        List<Rule> rules = new ArrayList<>(scenario.rules().size() + changes.size());
        for (Rule rule : scenario.rules()) {
            Level changed = remaining.remove(new Cell(rule.taskCode(), rule.minPopulation()));
            rules.add(changed == null ? rule : new Rule(rule.taskCode(), rule.minPopulation(), changed));
        }
        remaining.forEach((cell, level) -> rules.add(new Rule(cell.taskCode(), cell.minPopulation(), level)));
        return scenario.withRules(rules);
    }

    /** Every task at one level in every size class. */
    public static Scenario uniform(String name, String description, List<Task> tasks, Tiering tiering,
                                   Level level, Overheads overheads) {
        List<Rule> rules = new ArrayList<>();
        for (Task task : tasks) {
            for (Long lower : tiering.lowerBounds()) {
                rules.add(new Rule(task.code(), lower, level));
            }
        }
        return new Scenario(name, description, tiering, rules, List.of(), overheads);
    }

    /** The tiering that an allocation file implies: its distinct lower bounds, with 0 first. */
    public static Tiering tieringOf(Collection<Rule> rules) {
        TreeSet<Long> bounds = new TreeSet<>();
        for (Rule rule : rules) {
            bounds.add(rule.minPopulation());
        }
        if (bounds.isEmpty()) {
            bounds.add(0L);
        }
        return new Tiering(new ArrayList<>(bounds));
    }

    /** True when a task has different levels in different size classes, or overrides exist. */
    public static boolean isDifferentiated(Scenario scenario) {
        return scenario.isDifferentiated() || !scenario.overrides().isEmpty();
    }

    /** {@code base}, or {@code base (2)}, {@code base (3)} … whichever is not taken. */
    public static String uniqueName(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + " (" + i + ")";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
