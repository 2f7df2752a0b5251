package nl.taakdiff.engine.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * Finds the rule set with the lowest score (calculation.md §2.12) for a study and a base scenario, whose
 * size classes, overheads and overrides are kept. The score is a sum over tasks and a task's
 * organisations depend only on that task's levels, so the optimum is found task by task, each
 * task exactly (see {@link TaskOptimiser}). The per-task tables do not depend on the prices: they
 * are built once, and each optimum afterwards takes microseconds plus one ordinary evaluation.
 * Immutable and safe to share between threads.
 */
public final class Explorer {
    private final Study study;
    private final Scenario base;
    private final Evaluator evaluator;
    private final List<TaskTable> tables;

    /**
     * @throws ValidationException  when the base scenario is not valid for the study
     * @throws ExplorationException when the base has more size classes than the explorer handles
     */
    public Explorer(Study study, Scenario base) {
        List<Problem> problems = Validator.validate(study, base);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int classes = base.tiering().size();
        if (classes > TaskOptimiser.CLASS_LIMIT) {
            throw new ExplorationException("exploring needs at most " + TaskOptimiser.CLASS_LIMIT
                    + " size classes; scenario " + base.name() + " has " + classes);
        }
        this.study = study;
        this.base = base;
        this.evaluator = new Evaluator(study);
        this.tables = buildTables(study, base);
    }

    public Study study() {
        return study;
    }

    public Scenario base() {
        return base;
    }

    /** The optimum within the constraints (uniform only if they say so). */
    public Proposal optimum(Prices prices, Constraints constraints) {
        return proposal(prices, constraints.uniformOnly(), levels(prices, constraints, constraints.uniformOnly()));
    }

    /**
     * The distinct optima for risk prices over the range at a fixed control price, in order of
     * rising risk price; each with the lowest price of the range at which it is optimal.
     */
    public List<FrontierPoint> frontier(double controlPrice, PriceRange riskPrices, Constraints constraints) {
        List<FrontierPoint> points = new ArrayList<>();
        Map<List<Rule>, Proposal> seen = new HashMap<>();
        for (double lambda : riskPrices.values()) {
            Prices prices = new Prices(lambda, controlPrice);
            List<Rule> rules = rules(levels(prices, constraints, constraints.uniformOnly()));
            if (!seen.containsKey(rules)) {
                Proposal p = new Proposal(prices, constraints.uniformOnly(), scenario(rules),
                        evaluator.evaluate(scenario(rules)));
                seen.put(rules, p);
                points.add(new FrontierPoint(lambda, p));
            }
        }
        return points;
    }

    /** At each risk price of the range: the best differentiated and the best uniform rule set. */
    public List<UniformityPoint> uniformity(double controlPrice, PriceRange riskPrices, Constraints constraints) {
        List<UniformityPoint> points = new ArrayList<>();
        Map<List<Rule>, Scenario> scenarios = new HashMap<>();
        Map<List<Rule>, nl.taakdiff.engine.Evaluation> evaluations = new HashMap<>();
        for (double lambda : riskPrices.values()) {
            Prices prices = new Prices(lambda, controlPrice);
            Proposal[] pair = new Proposal[2];
            for (int u = 0; u < 2; u++) {
                boolean uniform = u == 1;
                List<Rule> rules = rules(levels(prices, constraints, uniform));
                Scenario s = scenarios.computeIfAbsent(rules, this::scenario);
                pair[u] = new Proposal(prices, uniform, s, evaluations.computeIfAbsent(rules, r -> evaluator.evaluate(s)));
            }
            points.add(new UniformityPoint(lambda, pair[0], pair[1]));
        }
        return points;
    }

    /** The best uniform rule sets at each risk price of the range, without repeats: for charts. */
    public List<FrontierPoint> uniformFrontier(double controlPrice, PriceRange riskPrices, Constraints constraints) {
        return frontier(controlPrice, riskPrices, constraints.withUniformOnly(true));
    }

    private Proposal proposal(Prices prices, boolean uniform, int[][] levels) {
        Scenario scenario = scenario(rules(levels));
        return new Proposal(prices, uniform, scenario, evaluator.evaluate(scenario));
    }

    private Scenario scenario(List<Rule> rules) {
        return base.withRules(rules);
    }

    TaskTable table(int task) {
        return tables.get(task);
    }

    /** Levels by task and class: the optimum of every task. */
    int[][] levels(Prices prices, Constraints constraints, boolean uniform) {
        List<Task> tasks = study.tasks();
        for (String code : constraints.allowed().keySet()) {
            if (tasks.stream().noneMatch(t -> t.code().equals(code))) {
                throw new ExplorationException("allowed levels given for unknown task " + code);
            }
        }
        int[][] levels = new int[tasks.size()][];
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            Set<Level> allowedLevels = constraints.allowedFor(task.code());
            boolean[] allowed = new boolean[Level.values().length];
            for (Level level : allowedLevels) {
                allowed[level.ordinal()] = true;
            }
            levels[t] = TaskOptimiser.best(tables.get(t), prices, allowed, uniform);
            if (levels[t] == null) {
                throw new ExplorationException(infeasible(task, allowedLevels, uniform));
            }
        }
        return levels;
    }

    private String infeasible(Task task, Set<Level> allowed, boolean uniform) {
        String levels = allowed.stream().sorted().map(Level::code).reduce((a, b) -> a + ", " + b).orElse("");
        for (Municipality m : study.dataset().municipalities()) {
            if (m.region(task.regionType()).isEmpty()) {
                return "task " + task.code() + ": no " + (uniform ? "uniform " : "") + "rule with the allowed levels ("
                        + levels + ") fits: municipality " + m.code() + " has no " + task.regionType()
                        + " to pool it by";
            }
        }
        return "task " + task.code() + ": no rule with the allowed levels (" + levels + ") fits";
    }

    private List<Rule> rules(int[][] levels) {
        List<Long> bounds = base.tiering().lowerBounds();
        List<Rule> rules = new ArrayList<>(levels.length * bounds.size());
        for (int t = 0; t < levels.length; t++) {
            String code = study.tasks().get(t).code();
            for (int c = 0; c < bounds.size(); c++) {
                rules.add(new Rule(code, bounds.get(c), Level.ofOrdinal(levels[t][c])));
            }
        }
        return List.copyOf(rules);
    }

    private static List<TaskTable> buildTables(Study study, Scenario base) {
        List<Municipality> municipalities = study.dataset().municipalities();
        List<Task> tasks = study.tasks();
        int n = municipalities.size();
        long[] population = new long[n];
        int[] classOf = new int[n];
        int[] province = new int[n];
        Map<String, Integer> provinces = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        long[] bounds = base.tiering().toArray();
        for (int m = 0; m < n; m++) {
            Municipality municipality = municipalities.get(m);
            population[m] = municipality.population();
            classOf[m] = Tiering.classIndexOf(bounds, population[m]);
            province[m] = provinces.computeIfAbsent(municipality.province(), k -> provinces.size());
            index.putIfAbsent(municipality.code(), m);
        }
        long[] hostKey = hostKeys(municipalities, population);
        double[] overhead = new double[Level.values().length];
        for (Level level : Level.values()) {
            overhead[level.ordinal()] = base.overheads().rate(level);
        }
        Map<String, int[]> fixed = new HashMap<>();
        for (LevelOverride o : base.overrides()) {
            int[] levels = fixed.computeIfAbsent(o.taskCode(), k -> filled(n));
            levels[index.get(o.municipalityCode())] = o.level().ordinal();
        }
        Map<String, int[]> regionsByType = new HashMap<>();
        Map<String, Integer> regionCounts = new HashMap<>();
        List<TaskTable> tables = new ArrayList<>(tasks.size());
        int[] noOverrides = filled(n);
        for (Task task : tasks) {
            int[] region = regionsByType.computeIfAbsent(task.regionType(), type -> {
                Map<String, Integer> codes = new HashMap<>();
                int[] r = new int[n];
                for (int m = 0; m < n; m++) {
                    Region reg = municipalities.get(m).regions().get(type);
                    r[m] = reg == null ? -1 : codes.computeIfAbsent(reg.code(), k -> codes.size());
                }
                regionCounts.put(type, codes.size());
                return r;
            });
            tables.add(new TaskTable(bounds.length, population, classOf, fixed.getOrDefault(task.code(), noOverrides),
                    region, regionCounts.get(task.regionType()), province, provinces.size(), hostKey,
                    task.unitCost(), task.fixedCost(), task.minScale(), overhead));
        }
        return tables;
    }

    private static int[] filled(int n) {
        int[] levels = new int[n];
        Arrays.fill(levels, -1);
        return levels;
    }

    /** Largest population first, then lowest code: the centre host of calculation.md §2.2, as one number. */
    private static long[] hostKeys(List<Municipality> municipalities, long[] population) {
        int n = municipalities.size();
        Integer[] order = new Integer[n];
        for (int m = 0; m < n; m++) {
            order[m] = m;
        }
        Arrays.sort(order, Comparator.comparing(m -> municipalities.get(m).code()));
        long[] key = new long[n];
        for (int r = 0; r < n; r++) {
            int m = order[r];
            key[m] = population[m] * n + (n - 1 - r);
        }
        return key;
    }
}
