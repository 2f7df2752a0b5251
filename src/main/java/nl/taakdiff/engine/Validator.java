package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Plausibility;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Problem.Subject;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * Checks that a study and a scenario can be evaluated, and reports every problem it finds rather
 * than the first, each pointing at the record at fault.
 */
public final class Validator {

    /**
     * Problems of one kind listed one by one before the rest are counted: a wrong file can have a
     * problem on each of millions of rows, and a report lists only the first hundred anyway.
     */
    static final int MAX_PER_KIND = 1_000;

    private Validator() {
    }

    /** Problems with the data set and task catalogue alone. */
    public static List<Problem> validateStudy(Study study) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Municipality> municipalities = study.dataset().municipalities();
        if (municipalities.isEmpty()) {
            problems.add(new Problem(Subject.MUNICIPALITY, -1, "the data set has no municipalities"));
        }
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality m = municipalities.get(i);
            if (m.code().isBlank()) {
                problems.add(new Problem(Subject.MUNICIPALITY, i, "municipality without a code"));
            } else if (!seen.add(m.code())) {
                problems.add(new Problem(Subject.MUNICIPALITY, i, "duplicate municipality code " + m.code()));
            }
            if (m.population() <= 0) {
                problems.add(new Problem(Subject.MUNICIPALITY, i,
                        "municipality " + m.code() + " has population " + m.population() + "; it must be above 0"));
            } else if (m.population() > Plausibility.MAX_POPULATION) {
                problems.add(new Problem(Subject.MUNICIPALITY, i, "municipality " + m.code() + " has population "
                        + m.population() + ", more people than live on earth (" + Plausibility.MAX_POPULATION_TEXT
                        + " at most)"));
            }
        }
        seen.clear();
        List<Task> tasks = study.tasks();
        if (tasks.isEmpty()) {
            problems.add(new Problem(Subject.TASK, -1, "the task catalogue has no tasks"));
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            if (t.code().isBlank()) {
                problems.add(new Problem(Subject.TASK, i, "task without a code"));
            } else if (!seen.add(t.code())) {
                problems.add(new Problem(Subject.TASK, i, "duplicate task code " + t.code()));
            }
            checkNonNegative(problems, i, t, "unit_cost", t.unitCost());
            checkNonNegative(problems, i, t, "fixed_cost", t.fixedCost());
            checkNonNegative(problems, i, t, "min_scale", t.minScale());
            if (t.regionType().isBlank()) {
                problems.add(new Problem(Subject.TASK, i, "task " + t.code() + " has no region_type"));
            }
            for (nl.taakdiff.model.TaskRanges.Violation v : nl.taakdiff.model.TaskRanges.violations(t)) {
                problems.add(new Problem(Subject.TASK, i, v.message()));
            }
        }
        return problems;
    }

    private static void checkNonNegative(List<Problem> problems, int index, Task task, String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            problems.add(new Problem(Subject.TASK, index,
                    "task " + task.code() + " has " + field + " " + value + "; it must be a finite number of at least 0"));
        }
    }

    /** Problems with a tiering: it must start at 0 and increase strictly. */
    public static List<Problem> validateTiering(Tiering tiering) {
        List<Problem> problems = new ArrayList<>();
        List<Long> bounds = tiering.lowerBounds();
        if (bounds.isEmpty()) {
            problems.add(new Problem(Subject.TIERING, -1, "the tiering has no size classes"));
            return problems;
        }
        if (bounds.get(0) != 0L) {
            problems.add(new Problem(Subject.TIERING, 0,
                    "the tiering must start at 0, not at " + bounds.get(0)));
        }
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i) <= bounds.get(i - 1)) {
                problems.add(new Problem(Subject.TIERING, i, "the tiering must increase strictly: "
                        + bounds.get(i) + " follows " + bounds.get(i - 1)));
            }
        }
        return problems;
    }

    /** Every problem that stops the scenario from being evaluated against the study. */
    public static List<Problem> validate(Study study, Scenario scenario) {
        List<Task> tasks = study.tasks();
        List<Municipality> municipalities = study.dataset().municipalities();
        return check(study, scenario, validateStudy(study),
                indexOf(tasks.size(), i -> tasks.get(i).code()),
                indexOf(municipalities.size(), i -> municipalities.get(i).code())).problems();
    }

    /**
     * The outcome of checking a scenario: its problems, and its overrides resolved to sorted keys
     * (see {@link #overridePair}, {@link #overrideLevel}) so the evaluator need not look codes up again.
     */
    record Checked(List<Problem> problems, long[] overrideKeys) {
    }

    /** The pair {@code m × tasks + t} of a resolved override key. */
    static long overridePair(long key) {
        return key >>> 31;
    }

    static int overrideLevel(long key) {
        return (int) (key & 7);
    }

    /**
     * As {@link #validate(Study, Scenario)}, with the study's own problems and code indexes
     * computed once by the caller (the evaluator reuses them for every scenario).
     */
    static Checked check(Study study, Scenario scenario, List<Problem> studyProblems,
                         Map<String, Integer> taskIndex, Map<String, Integer> municipalityIndex) {
        List<Problem> problems = new ArrayList<>(studyProblems);
        List<Problem> tieringProblems = validateTiering(scenario.tiering());
        problems.addAll(tieringProblems);
        for (Level level : Level.values()) {
            double rate = scenario.overheads().rate(level);
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                problems.add(new Problem(Subject.OVERHEAD, level.ordinal(),
                        "overhead for " + level.code() + " is " + rate + "; it must be a finite number of at least 0"));
            }
        }
        checkCostScale(study, scenario, problems);
        if (!tieringProblems.isEmpty()) {
            return new Checked(problems, new long[0]); // rules cannot be matched to size classes without a valid tiering
        }
        List<Task> tasks = study.tasks();
        List<SizeClass> classes = scenario.tiering().classes();

        Level[][] ruleLevels = checkRules(scenario, tasks.size(), taskIndex, classes, problems);
        for (int t = 0; t < tasks.size(); t++) {
            for (SizeClass c : classes) {
                if (ruleLevels[t][c.index()] == null) {
                    problems.add(new Problem(Subject.TASK, t, "no rule for task " + tasks.get(t).code()
                            + " in size class " + describe(c)));
                }
            }
        }
        long[] overrideKeys = checkOverrides(scenario, taskIndex, municipalityIndex, problems);
        checkRegions(study, scenario.tiering(), ruleLevels, overrideKeys, problems);
        return new Checked(problems, overrideKeys);
    }

    /**
     * Bounds every cost before it is computed: each task as if all municipalities were served at its
     * most expensive overhead. Beyond {@link Plausibility#MAX_TOTAL_COST} a figure is a typing error
     * (e.g. a unit cost of 1e300) and sums would lose precision or overflow into Infinity and NaN.
     */
    private static void checkCostScale(Study study, Scenario scenario, List<Problem> problems) {
        double population = 0;
        for (Municipality m : study.dataset().municipalities()) {
            population += Math.max(0, m.population());
        }
        double maxRate = 0;
        for (Level level : Level.values()) {
            double rate = scenario.overheads().rate(level);
            if (rate > maxRate) {
                maxRate = rate;
            }
        }
        int count = study.dataset().municipalities().size();
        double total = 0;
        List<Task> tasks = study.tasks();
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            double worst = task.unitCost() * population * (1 + maxRate) + task.fixedCost() * count;
            if (!(worst <= Plausibility.MAX_TOTAL_COST)) {
                problems.add(new Problem(Subject.TASK, t, "task " + task.code() + " would cost up to " + worst
                        + " euros per year (unit_cost " + task.unitCost() + ", fixed_cost " + task.fixedCost()
                        + "), beyond the plausible " + Plausibility.MAX_TOTAL_COST_TEXT + "; check the figures"));
            } else {
                total += worst;
            }
        }
        if (total > Plausibility.MAX_TOTAL_COST) {
            problems.add(new Problem(Subject.TASK, -1, "the tasks together would cost up to " + total
                    + " euros per year, beyond the plausible " + Plausibility.MAX_TOTAL_COST_TEXT
                    + "; check the unit and fixed costs and the overheads"));
        }
    }

    /** Rules by task index and class index; reports unknown tasks, unknown classes and duplicates. */
    private static Level[][] checkRules(Scenario scenario, int taskCount, Map<String, Integer> taskIndex,
                                        List<SizeClass> classes, List<Problem> problems) {
        Level[][] levels = new Level[taskCount][classes.size()];
        List<Rule> rules = scenario.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Integer t = taskIndex.get(rule.taskCode());
            int c = scenario.tiering().indexOfLowerBound(rule.minPopulation());
            if (t == null) {
                problems.add(new Problem(Subject.RULE, i, "rule for unknown task " + rule.taskCode()));
            } else if (c < 0) {
                problems.add(new Problem(Subject.RULE, i, "rule for task " + rule.taskCode()
                        + " names min_population " + rule.minPopulation()
                        + ", which is not the lower bound of a size class (tiering " + scenario.tiering().format() + ")"));
            } else if (levels[t][c] != null) {
                problems.add(new Problem(Subject.RULE, i, "duplicate rule for task " + rule.taskCode()
                        + " in size class " + describe(classes.get(c))));
            } else {
                levels[t][c] = rule.level();
            }
        }
        return levels;
    }

    /**
     * Reports unknown codes and duplicates; returns the known overrides as sorted keys that pack
     * the pair ({@code m × tasks + t}), the input position and the level. Primitive arrays rather
     * than a map keep this cheap for hundreds of thousands of overrides.
     */
    private static long[] checkOverrides(Scenario scenario, Map<String, Integer> taskIndex,
                                         Map<String, Integer> municipalityIndex, List<Problem> problems) {
        List<LevelOverride> overrides = scenario.overrides();
        long[] keys = new long[overrides.size()];
        int known = 0;
        long unknown = 0;
        for (int i = 0; i < overrides.size(); i++) {
            LevelOverride o = overrides.get(i);
            Integer m = municipalityIndex.get(o.municipalityCode());
            Integer t = taskIndex.get(o.taskCode());
            if ((m == null || t == null) && ++unknown > MAX_PER_KIND) {
                continue;
            }
            if (m == null) {
                problems.add(new Problem(Subject.OVERRIDE, i, "override for unknown municipality " + o.municipalityCode()));
            }
            if (t == null) {
                problems.add(new Problem(Subject.OVERRIDE, i, "override for unknown task " + o.taskCode()));
            }
            if (m != null && t != null) {
                // The input position rides along in the key so a duplicate can be reported where it stands.
                long pair = (long) m * taskIndex.size() + t;
                keys[known++] = pair << 31 | (long) i << 3 | o.level().ordinal();
            }
        }
        if (unknown > MAX_PER_KIND) {
            problems.add(new Problem(Subject.OVERRIDE, -1, "and " + (unknown - MAX_PER_KIND)
                    + " more overrides with an unknown municipality or task"));
        }
        long[] sorted = Arrays.copyOf(keys, known);
        Arrays.sort(sorted);
        long duplicates = 0;
        for (int k = 1; k < known; k++) {
            if (overridePair(sorted[k]) == overridePair(sorted[k - 1]) && ++duplicates <= MAX_PER_KIND) {
                int i = (int) ((sorted[k] >>> 3) & 0xFFFFFFF);
                LevelOverride o = overrides.get(i);
                problems.add(new Problem(Subject.OVERRIDE, i, "duplicate override for municipality "
                        + o.municipalityCode() + " and task " + o.taskCode()));
            }
        }
        if (duplicates > MAX_PER_KIND) {
            problems.add(new Problem(Subject.OVERRIDE, -1, "and " + (duplicates - MAX_PER_KIND)
                    + " more duplicate overrides"));
        }
        return sorted;
    }

    /**
     * A municipality that a task pools at CENTRE or REGION level needs a region of the task's type.
     * Only municipalities that lack a region type some task uses are looked at pair by pair, so the
     * usual case (every municipality in every region type) costs one pass over the municipalities.
     */
    private static void checkRegions(Study study, Tiering tiering, Level[][] ruleLevels,
                                     long[] overrideKeys, List<Problem> problems) {
        List<Municipality> municipalities = study.dataset().municipalities();
        List<Task> tasks = study.tasks();
        Set<String> regionTypes = new HashSet<>();
        for (Task task : tasks) {
            regionTypes.add(task.regionType());
        }
        long[] bounds = tiering.toArray();
        Map<Long, Level> overrideLevels = null;
        for (int m = 0; m < municipalities.size(); m++) {
            Municipality municipality = municipalities.get(m);
            if (municipality.regions().keySet().containsAll(regionTypes)) {
                continue;
            }
            if (overrideLevels == null) {
                overrideLevels = new HashMap<>();
                for (long key : overrideKeys) {
                    overrideLevels.putIfAbsent(overridePair(key), Level.ofOrdinal(overrideLevel(key)));
                }
            }
            int c = Tiering.classIndexOf(bounds, municipality.population());
            for (int t = 0; t < tasks.size(); t++) {
                Level level = overrideLevels.getOrDefault((long) m * tasks.size() + t, ruleLevels[t][c]);
                boolean pooledByRegion = level == Level.CENTRE || level == Level.REGION;
                Task task = tasks.get(t);
                if (pooledByRegion && municipality.region(task.regionType()).isEmpty()) {
                    problems.add(new Problem(Subject.MUNICIPALITY, m, "municipality " + municipality.code()
                            + " has no " + task.regionType() + ", which task " + task.code()
                            + " needs at level " + level.code()));
                }
            }
        }
    }

    /** A size class as {@code [20000, 50000)} or {@code [100000, ∞)} for messages. */
    public static String describe(SizeClass c) {
        return "[" + c.lower() + ", " + (c.isOpenEnded() ? "∞" : Long.toString(c.upper())) + ")";
    }

    private static Map<String, Integer> indexOf(int size, java.util.function.IntFunction<String> code) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < size; i++) {
            index.putIfAbsent(code.apply(i), i);
        }
        return index;
    }
}
