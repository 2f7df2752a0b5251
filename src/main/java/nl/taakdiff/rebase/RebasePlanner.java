package nl.taakdiff.rebase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Successor;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * Works out how a study moves from one data set to a newer one, without touching any file:
 * what happened to each municipality (by the successor table), what that means for every
 * scenario's overrides, which municipalities change size class or region, and the scenarios as
 * they will be on the new data. Rules, tiering and overheads carry over unchanged (rules are per
 * size class).
 *
 * <p>Overrides: a municipality that still exists keeps its overrides. The override of a
 * municipality that merged moves to its successor; when several municipalities that now form
 * one had an override for the same task with different levels, the one of the municipality with
 * the largest population (in the old data; ties to the lowest code) wins and the others are
 * dropped and reported. The override of a divided municipality is dropped and reported, since no
 * single successor can inherit it; so is that of a municipality without a known successor.
 */
public final class RebasePlanner {

    /** The outcome: the report and the scenarios ready for the new data set. */
    public record Plan(List<RebaseChange> changes, List<Scenario> scenarios, Scenario currentSituation,
                       Dataset dataset) {
        public Plan {
            changes = List.copyOf(changes);
            scenarios = List.copyOf(scenarios);
        }

        public long count(RebaseChange.Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }
    }

    private final Study old;
    private final Dataset now;
    private final Map<String, Municipality> oldByCode = new HashMap<>();
    private final Map<String, Municipality> newByCode = new LinkedHashMap<>();
    private final Map<String, List<Successor>> successorsOf = new HashMap<>();
    private final List<RebaseChange> changes = new ArrayList<>();

    private RebasePlanner(Study old, Dataset now, List<Successor> successors) {
        this.old = old;
        this.now = now;
        old.dataset().municipalities().forEach(m -> oldByCode.put(m.code(), m));
        now.municipalities().forEach(m -> newByCode.put(m.code(), m));
        for (Successor s : successors) {
            if (oldByCode.containsKey(s.oldCode()) && newByCode.containsKey(s.newCode())) {
                successorsOf.computeIfAbsent(s.oldCode(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    /**
     * Plans the move.
     *
     * @param old              the study as it is: its data set and current task catalogue
     * @param now              the newer data set
     * @param successors       where each old municipality went; a code that is in both data sets
     *                         is the same municipality even when the table does not say so
     * @param scenarios        every scenario of the study
     * @param currentSituation the study's current situation, or null
     */
    public static Plan plan(Study old, Dataset now, List<Successor> successors, List<Scenario> scenarios,
                            Scenario currentSituation) {
        RebasePlanner p = new RebasePlanner(old, now, successors);
        p.municipalityChanges();
        p.sizeClassChanges(scenarios);
        p.regionChanges();
        List<Scenario> moved = new ArrayList<>();
        for (Scenario s : scenarios) {
            moved.add(p.moveOverrides(s, true));
        }
        Scenario current = currentSituation == null ? null : p.moveOverrides(currentSituation, false);
        Study study = new Study(now, old.tasks());
        for (Scenario s : moved) {
            for (Problem problem : Validator.validate(study, s)) {
                p.changes.add(new RebaseChange(RebaseChange.Kind.SCENARIO_PROBLEM, "", "", "", "", "scenario.problem",
                        List.of(s.name(), problem.message())));
            }
        }
        return new Plan(p.changes, moved, current, now);
    }

    /** The successors of an old code among the new municipalities: itself if it still exists. */
    private List<Successor> successors(Municipality m) {
        if (newByCode.containsKey(m.code())) {
            Municipality n = newByCode.get(m.code());
            return List.of(new Successor(m.code(), m.name(), n.code(), n.name(), 1.0));
        }
        List<Successor> list = new ArrayList<>(successorsOf.getOrDefault(m.code(), List.of()));
        list.sort(Comparator.comparing(Successor::newCode));
        return list;
    }

    private void municipalityChanges() {
        Set<String> reached = new TreeSet<>();
        for (Municipality m : sortedOld()) {
            List<Successor> next = successors(m);
            next.forEach(s -> reached.add(s.newCode()));
            if (next.isEmpty()) {
                add(RebaseChange.Kind.REMOVED, m, null, "removed");
            } else if (next.size() == 1 && next.get(0).sameCode()) {
                Municipality n = newByCode.get(m.code());
                if (!n.name().equals(m.name())) {
                    add(RebaseChange.Kind.RENAME, m, n, "rename");
                }
            } else if (next.size() == 1) {
                Municipality n = newByCode.get(next.get(0).newCode());
                add(RebaseChange.Kind.MERGER, m, n, oldByCode.containsKey(n.code()) ? "merger.existing" : "merger.new",
                        next.get(0).areaShare());
            } else {
                for (Successor s : next) {
                    add(RebaseChange.Kind.DIVISION, m, newByCode.get(s.newCode()), "division", s.areaShare());
                }
            }
        }
        for (Municipality n : newByCode.values()) {
            if (!reached.contains(n.code())) {
                add(RebaseChange.Kind.NEW, null, n, "new");
            }
        }
    }

    /** Municipalities in both data sets whose size class differs, per distinct tiering of the scenarios. */
    private void sizeClassChanges(List<Scenario> scenarios) {
        Set<Tiering> tierings = new LinkedHashSet<>();
        scenarios.forEach(s -> tierings.add(s.tiering()));
        for (Tiering tiering : tierings) {
            for (Municipality m : sortedOld()) {
                Municipality n = newByCode.get(m.code());
                if (n == null) {
                    continue;
                }
                int before = tiering.classIndexOf(m.population());
                int after = tiering.classIndexOf(n.population());
                if (before != after) {
                    add(RebaseChange.Kind.SIZE_CLASS, m, n, "size_class", m.population(), n.population(),
                            tiering.lowerBounds().get(before), tiering.lowerBounds().get(after), tiering.format());
                }
            }
        }
    }

    /** Municipalities in both data sets whose region changed, for the region types that tasks pool by. */
    private void regionChanges() {
        Map<String, List<String>> tasksByType = new TreeMap<>();
        for (Task t : old.tasks()) {
            if (!t.regionType().isEmpty()) {
                tasksByType.computeIfAbsent(t.regionType(), k -> new ArrayList<>()).add(t.code());
            }
        }
        for (Municipality m : sortedOld()) {
            Municipality n = newByCode.get(m.code());
            if (n == null) {
                continue;
            }
            tasksByType.forEach((type, tasks) -> {
                Region before = m.regions().get(type);
                Region after = n.regions().get(type);
                String b = before == null ? "" : before.code();
                String a = after == null ? "" : after.code();
                if (!a.equals(b)) {
                    String none = "-";
                    add(RebaseChange.Kind.REGION, m, n, "region", type, b.isEmpty() ? none : b,
                            before == null ? none : before.name(), a.isEmpty() ? none : a,
                            after == null ? none : after.name(), String.join(", ", tasks));
                }
            });
        }
    }

    /** The scenario with every override on a municipality of the new data set; reported when {@code report}. */
    private Scenario moveOverrides(Scenario s, boolean report) {
        // Candidates per (new municipality, task), in old code order.
        Map<String, List<LevelOverride>> candidates = new LinkedHashMap<>();
        Map<String, String> targetOf = new HashMap<>();
        List<LevelOverride> sorted = new ArrayList<>(s.overrides());
        sorted.sort(Comparator.comparing(LevelOverride::municipalityCode).thenComparing(LevelOverride::taskCode));
        List<RebaseChange> notes = new ArrayList<>();
        for (LevelOverride o : sorted) {
            Municipality m = oldByCode.get(o.municipalityCode());
            if (m == null) {
                continue; // not in the old data either; the validator of the old study would have said so
            }
            List<Successor> next = successors(m);
            if (next.isEmpty()) {
                notes.add(change(RebaseChange.Kind.OVERRIDE_DROPPED, m, null, "override.removed", s.name(),
                        o.taskCode(), o.level().code()));
            } else if (next.size() > 1) {
                String names = next.stream().map(Successor::newName).collect(Collectors.joining(", "));
                notes.add(change(RebaseChange.Kind.OVERRIDE_DROPPED, m, null, "override.divided", s.name(),
                        o.taskCode(), o.level().code(), names));
            } else {
                String target = next.get(0).newCode();
                candidates.computeIfAbsent(target + "\u0000" + o.taskCode(), k -> new ArrayList<>()).add(o);
                targetOf.put(o.municipalityCode(), target);
            }
        }
        List<LevelOverride> result = new ArrayList<>();
        for (List<LevelOverride> group : candidates.values()) {
            LevelOverride winner = group.stream().max(Comparator
                    .comparingLong((LevelOverride o) -> oldByCode.get(o.municipalityCode()).population())
                    .thenComparing(LevelOverride::municipalityCode, Comparator.reverseOrder())).orElseThrow();
            Municipality target = newByCode.get(targetOf.get(winner.municipalityCode()));
            result.add(new LevelOverride(target.code(), winner.taskCode(), winner.level(), reasonFor(winner, target)));
            for (LevelOverride o : group) {
                Municipality m = oldByCode.get(o.municipalityCode());
                boolean moves = !o.municipalityCode().equals(target.code());
                if (o.level() != winner.level()) {
                    Municipality w = oldByCode.get(winner.municipalityCode());
                    notes.add(change(RebaseChange.Kind.OVERRIDE_DROPPED, m, target, "override.conflict", s.name(),
                            o.taskCode(), o.level().code(), w.name(), w.code(), winner.level().code()));
                } else if (moves) {
                    notes.add(change(RebaseChange.Kind.OVERRIDE_MOVED, m, target, "override.moved", s.name(),
                            o.taskCode(), o.level().code()));
                }
            }
        }
        if (report) {
            notes.sort(Comparator.comparing(RebaseChange::oldCode));
            changes.addAll(notes);
        }
        result.sort(Comparator.comparing(LevelOverride::municipalityCode).thenComparing(LevelOverride::taskCode));
        return s.withOverrides(result);
    }

    /** The reason of a moved override says where it came from. */
    private String reasonFor(LevelOverride o, Municipality target) {
        if (o.municipalityCode().equals(target.code())) {
            return o.reason();
        }
        String origin = "from " + oldName(o) + ", " + o.municipalityCode();
        return o.reason().isBlank() ? origin : o.reason() + " (" + origin + ")";
    }

    private String oldName(LevelOverride o) {
        return oldByCode.get(o.municipalityCode()).name();
    }

    private List<Municipality> sortedOld() {
        List<Municipality> list = new ArrayList<>(old.dataset().municipalities());
        list.sort(Comparator.comparing(Municipality::code));
        return list;
    }

    private void add(RebaseChange.Kind kind, Municipality from, Municipality to, String key, Object... args) {
        changes.add(change(kind, from, to, key, args));
    }

    private static RebaseChange change(RebaseChange.Kind kind, Municipality from, Municipality to, String key,
                                       Object... args) {
        return new RebaseChange(kind, from == null ? "" : from.code(), from == null ? "" : from.name(),
                to == null ? "" : to.code(), to == null ? "" : to.name(), key, List.of(args));
    }
}
