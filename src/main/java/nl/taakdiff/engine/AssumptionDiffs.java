package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;

/**
 * The difference in assumptions between two scenario states, each with its task catalogue: what an
 * analyst needs to see to explain why two results differ. A pure function. The scenario names are
 * not compared (they always differ between two scenarios). Order: description, tiering, overheads
 * (by level), rules (left's order, then those only on the right), overrides (likewise), tasks
 * (likewise; one row per differing parameter, or one row for a task on one side only).
 */
public final class AssumptionDiffs {
    private AssumptionDiffs() {
    }

    public static List<AssumptionDiff> between(Scenario left, List<Task> leftTasks,
                                               Scenario right, List<Task> rightTasks) {
        List<AssumptionDiff> out = new ArrayList<>();
        add(out, AssumptionDiff.Kind.DESCRIPTION, "description", left.description(), right.description());
        add(out, AssumptionDiff.Kind.TIERING, "size classes", left.tiering().format(), right.tiering().format());
        for (Level level : Level.values()) {
            add(out, AssumptionDiff.Kind.OVERHEAD, level.code(), plain(left.overheads().rate(level)),
                    plain(right.overheads().rate(level)));
        }
        keyed(out, AssumptionDiff.Kind.RULE, left.rules(), right.rules(),
                r -> r.taskCode() + " @ " + r.minPopulation(), r -> r.level().code());
        keyed(out, AssumptionDiff.Kind.OVERRIDE, left.overrides(), right.overrides(),
                o -> o.municipalityCode() + " " + o.taskCode(), AssumptionDiffs::describe);
        Map<String, Task> l = byCode(leftTasks);
        Map<String, Task> r = byCode(rightTasks);
        Set<String> codes = new LinkedHashSet<>(l.keySet());
        codes.addAll(r.keySet());
        for (String code : codes) {
            Task a = l.get(code);
            Task b = r.get(code);
            if (a == null || b == null) {
                add(out, AssumptionDiff.Kind.TASK, code, a == null ? AssumptionDiff.ABSENT : a.name(),
                        b == null ? AssumptionDiff.ABSENT : b.name());
                continue;
            }
            add(out, AssumptionDiff.Kind.TASK, code + " name", a.name(), b.name());
            add(out, AssumptionDiff.Kind.TASK, code + " domain", a.domain(), b.domain());
            add(out, AssumptionDiff.Kind.TASK, code + " unit_cost", plain(a.unitCost()), plain(b.unitCost()));
            add(out, AssumptionDiff.Kind.TASK, code + " fixed_cost", plain(a.fixedCost()), plain(b.fixedCost()));
            add(out, AssumptionDiff.Kind.TASK, code + " min_scale", Long.toString(a.minScale()),
                    Long.toString(b.minScale()));
            List<Double> rangesA = a.ranges().bounds();
            List<Double> rangesB = b.ranges().bounds();
            for (int i = 0; i < rangesA.size(); i++) {
                add(out, AssumptionDiff.Kind.TASK, code + " " + nl.taakdiff.model.TaskRanges.COLUMNS.get(i),
                        bound(rangesA.get(i)), bound(rangesB.get(i)));
            }
            add(out, AssumptionDiff.Kind.TASK, code + " region_type", a.regionType(), b.regionType());
            add(out, AssumptionDiff.Kind.TASK, code + " source", a.source(), b.source());
        }
        return List.copyOf(out);
    }

    private static String describe(LevelOverride o) {
        return o.reason().isEmpty() ? o.level().code() : o.level().code() + " (" + o.reason() + ")";
    }

    private static <T> void keyed(List<AssumptionDiff> out, AssumptionDiff.Kind kind, List<T> left, List<T> right,
                                  Function<T, String> key, Function<T, String> value) {
        Map<String, String> l = new LinkedHashMap<>();
        for (T t : left) {
            l.putIfAbsent(key.apply(t), value.apply(t));
        }
        Map<String, String> r = new LinkedHashMap<>();
        for (T t : right) {
            r.putIfAbsent(key.apply(t), value.apply(t));
        }
        Set<String> keys = new LinkedHashSet<>(l.keySet());
        keys.addAll(r.keySet());
        for (String k : keys) {
            add(out, kind, k, l.getOrDefault(k, AssumptionDiff.ABSENT), r.getOrDefault(k, AssumptionDiff.ABSENT));
        }
    }

    private static Map<String, Task> byCode(List<Task> tasks) {
        Map<String, Task> map = new LinkedHashMap<>();
        for (Task t : tasks) {
            map.putIfAbsent(t.code(), t);
        }
        return map;
    }

    /** A range bound as text; empty when the relative default applies. */
    private static String bound(Double value) {
        return value == null ? "" : plain(value);
    }

    private static void add(List<AssumptionDiff> out, AssumptionDiff.Kind kind, String key, String left, String right) {
        if (!Objects.equals(left, right)) {
            out.add(new AssumptionDiff(kind, key, left, right));
        }
    }

    /** Numbers as in files: {@code 0.03}, {@code 180}; the engine does not depend on io. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
