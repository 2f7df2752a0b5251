package nl.taakdiff.engine.uncertainty;

import java.util.Arrays;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.Organisations;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;

/**
 * A scenario compiled once into the coefficients of its metrics (calculation.md §2.8). Its organisations
 * never depend on a parameter, so per task and level it needs only the number of organisations
 * and the population they serve: every cost is then {@code Σ fixed × count + unit × (1 + rate) ×
 * population}, and capacity risk a threshold on fixed organisation populations. Evaluating a
 * value vector is a few dot products and binary searches, exact up to floating-point rounding.
 * Immutable; safe to use from several threads.
 */
public final class LinearScenario {
    static final int LEVELS = Level.values().length;
    private static final int MUNICIPALITY = Level.MUNICIPALITY.ordinal();
    private static final int CENTRE = Level.CENTRE.ordinal();
    private static final int REGION = Level.REGION.ordinal();
    private static final int PROVINCE = Level.PROVINCE.ordinal();
    private static final int STATE = Level.STATE.ordinal();

    private final ParameterSpace space;
    private final Evaluation evaluation;
    private final Organisations organisations;
    private final int taskCount;
    private final double totalPopulation;
    /** Per task × level: organisations, and the population they serve. */
    private final double[] count;
    private final double[] served;
    /** Per task: the fixed costs carried under direct control (own organisations, hosts' shares), and the hosts' population. */
    private final double[] directFixed;
    private final double[] hostPopulation;
    private final double[] baseRate = new double[LEVELS];
    private final double[] referenceRate = new double[LEVELS];
    /** Per task: organisation populations ascending, and the members of the organisations below each position. */
    private final double[][] sortedPopulation;
    private final long[][] membersBelow;
    /** Per task: the positions in {@code sortedPopulation} that a minimum scale within its range can reach. */
    private final int[] riskFrom;
    private final int[] riskTo;
    /**
     * Per task: the range of minimum scales cut in {@link #BUCKETS} equal buckets, and per bucket
     * where in {@code sortedPopulation} its keys can land: a bucket of a key never decreases with
     * the key, so the search for a key of bucket b stays between {@code bucketFrom[t][b]} (the
     * organisations of lower buckets, all below the key) and {@code bucketFrom[t][b + 1]}.
     */
    private static final int BUCKETS = 64;
    private final double[] bucketScale;
    private final int[][] bucketFrom;
    // Capacity risk per municipality: certain either way, or decided by the minimum scale of a few tasks.
    private final double[] minScaleLow;
    private final double[] minScaleHigh;
    private final int alwaysAtRisk;
    private final int undecidedCount;
    private final int[] undecidedStart;
    private final int[] undecidedTask;
    private final double[] undecidedPopulation;

    private LinearScenario(ParameterSpace space, Evaluation evaluation, Organisations organisations) {
        this.space = space;
        this.evaluation = evaluation;
        this.organisations = organisations;
        taskCount = organisations.taskCount();
        totalPopulation = evaluation.summary().population();
        count = new double[taskCount * LEVELS];
        served = new double[taskCount * LEVELS];
        directFixed = new double[taskCount];
        hostPopulation = new double[taskCount];
        sortedPopulation = new double[taskCount][];
        membersBelow = new long[taskCount][];
        Scenario scenario = organisations.scenario();
        for (Level level : Level.values()) {
            baseRate[level.ordinal()] = scenario.overheads().rate(level);
            referenceRate[level.ordinal()] = level == Level.MUNICIPALITY ? 0
                    : space.parameters().get(space.overhead(level)).base();
        }
        for (int t = 0; t < taskCount; t++) {
            compileTask(t, organisations.task(t));
        }
        minScaleLow = new double[taskCount];
        minScaleHigh = new double[taskCount];
        riskFrom = new int[taskCount];
        riskTo = new int[taskCount];
        for (int t = 0; t < taskCount; t++) {
            Parameter p = space.parameters().get(space.minScale(t));
            minScaleLow[t] = p.low();
            minScaleHigh[t] = p.high();
            riskFrom[t] = firstAtLeast(sortedPopulation[t], 0, sortedPopulation[t].length, p.low());
            riskTo[t] = firstAtLeast(sortedPopulation[t], 0, sortedPopulation[t].length, p.high());
        }
        bucketScale = new double[taskCount];
        bucketFrom = new int[taskCount][BUCKETS + 1];
        for (int t = 0; t < taskCount; t++) {
            double scale = BUCKETS / (minScaleHigh[t] - minScaleLow[t]);
            bucketScale[t] = Double.isFinite(scale) && scale > 0 ? scale : 0;
            int[] from = bucketFrom[t];
            for (int o = riskFrom[t]; o < riskTo[t]; o++) {
                from[bucket(t, sortedPopulation[t][o]) + 1]++;
            }
            from[0] = riskFrom[t];
            for (int b = 0; b < BUCKETS; b++) {
                from[b + 1] += from[b];
            }
        }
        int n = organisations.municipalityCount();
        int always = 0;
        undecidedStart = new int[n + 1];
        int[] tasks = new int[n + 16];
        double[] pops = new double[tasks.length];
        int entries = 0;
        int undecided = 0;
        for (int m = 0; m < n; m++) {
            boolean certain = false;
            int start = entries;
            for (int t = 0; t < taskCount && !certain; t++) {
                Organisations.ForTask task = organisations.task(t);
                double p = task.population(task.organisationOf(m));
                if (p < minScaleLow[t]) {
                    certain = true;
                } else if (p < minScaleHigh[t]) {
                    if (entries == tasks.length) {
                        tasks = Arrays.copyOf(tasks, 2 * entries);
                        pops = Arrays.copyOf(pops, 2 * entries);
                    }
                    tasks[entries] = t;
                    pops[entries++] = p;
                }
            }
            if (certain) {
                always++;
                entries = start;
            } else if (entries > start) {
                undecidedStart[++undecided] = entries;
            }
        }
        alwaysAtRisk = always;
        undecidedTask = Arrays.copyOf(tasks, entries);
        undecidedPopulation = Arrays.copyOf(pops, entries);
        undecidedCount = undecided;
    }

    private void compileTask(int t, Organisations.ForTask task) {
        int organisationCount = task.count();
        double[] pops = new double[organisationCount];
        long[][] byPopulation = new long[organisationCount][];
        for (int o = 0; o < organisationCount; o++) {
            int level = task.level(o).ordinal();
            long p = task.population(o);
            count[t * LEVELS + level] += 1;
            served[t * LEVELS + level] += p;
            if (level == MUNICIPALITY) {
                directFixed[t] += 1;
            } else if (level == CENTRE) {
                long hostPop = organisations.study().dataset().municipalities().get(task.host(o)).population();
                directFixed[t] += (double) hostPop / p;
                hostPopulation[t] += hostPop;
            }
            byPopulation[o] = new long[] {p, task.members(o)};
        }
        Arrays.sort(byPopulation, (a, b) -> Long.compare(a[0], b[0]));
        long[] below = new long[organisationCount + 1];
        for (int o = 0; o < organisationCount; o++) {
            pops[o] = byPopulation[o][0];
            below[o + 1] = below[o] + byPopulation[o][1];
        }
        sortedPopulation[t] = pops;
        membersBelow[t] = below;
    }

    /** Compiles a valid scenario; throws {@link nl.taakdiff.engine.ValidationException} like evaluate. */
    public static LinearScenario compile(Evaluator evaluator, Scenario scenario, ParameterSpace space) {
        if (space.taskCount() != evaluator.tasks().size()) {
            throw new IllegalArgumentException("the parameter space belongs to another task catalogue");
        }
        return new LinearScenario(space, evaluator.evaluate(scenario), evaluator.organisations(scenario));
    }

    public ParameterSpace space() {
        return space;
    }

    /** The scenario evaluated with every parameter at its base value. */
    public Evaluation evaluation() {
        return evaluation;
    }

    public Organisations organisations() {
        return organisations;
    }

    /** The scenario's overhead rate per level (by ordinal) under the value vector. */
    void rates(double[] values, double[] rates) {
        for (int level = 0; level < LEVELS; level++) {
            double reference = referenceRate[level];
            rates[level] = level == MUNICIPALITY || reference == 0 ? baseRate[level]
                    : baseRate[level] * (values[space.overhead(Level.ofOrdinal(level))] / reference);
        }
    }

    double baseRate(int level) {
        return baseRate[level];
    }

    /**
     * Every metric of calculation.md §2.6 under the value vector, into {@code out} by {@link Metric}
     * ordinal. Minimum scales must lie within the space's ranges.
     */
    public void metrics(double[] values, double[] out) {
        metricsExceptRiskMunicipalities(values, out);
        out[Metric.CAPACITY_RISK_MUNICIPALITIES.ordinal()] = riskMunicipalities(values);
    }

    /**
     * As {@link #metrics}, but leaves {@link Metric#CAPACITY_RISK_MUNICIPALITIES} at 0: a run of many
     * draws counts it for a block of draws at once ({@link #riskMunicipalities(double[][], int, double[], int[])}).
     */
    void metricsExceptRiskMunicipalities(double[] values, double[] out) {
        double[] rates = new double[LEVELS];
        rates(values, rates);
        double[] levelCost = new double[LEVELS];
        double[] factor = new double[LEVELS];
        for (int level = 0; level < LEVELS; level++) {
            factor[level] = 1 + rates[level];
        }
        double direct = 0;
        long riskPairs = 0;
        for (int t = 0; t < taskCount; t++) {
            double unit = values[3 * t];
            double fixed = values[3 * t + 1];
            double minScale = values[3 * t + 2];
            if (!(minScale >= minScaleLow[t] && minScale <= minScaleHigh[t])) {
                throw new IllegalArgumentException("minimum scale " + minScale + " of task " + t + " is outside its range");
            }
            int row = t * LEVELS;
            for (int level = 0; level < LEVELS; level++) {
                levelCost[level] += fixed * count[row + level] + unit * factor[level] * served[row + level];
            }
            direct += fixed * directFixed[t] + unit * (factor[MUNICIPALITY] * served[row + MUNICIPALITY]
                    + factor[CENTRE] * hostPopulation[t]);
            // Organisations below the range's low bound are always at risk, those from its high bound
            // never; in between, the key's bucket narrows the search to a few organisations.
            int b = bucket(t, minScale);
            riskPairs += membersBelow[t][firstAtLeast(sortedPopulation[t], bucketFrom[t][b], bucketFrom[t][b + 1],
                    minScale)];
        }
        double total = 0;
        for (double c : levelCost) {
            total += c;
        }
        var s = evaluation.summary();
        out[Metric.TOTAL_COST.ordinal()] = total;
        out[Metric.COST_PER_INHABITANT.ordinal()] = totalPopulation == 0 ? 0 : total / totalPopulation;
        out[Metric.MUNICIPAL_COST.ordinal()] = levelCost[MUNICIPALITY] + levelCost[CENTRE] + levelCost[REGION];
        out[Metric.PROVINCE_COST.ordinal()] = levelCost[PROVINCE];
        out[Metric.STATE_COST.ordinal()] = levelCost[STATE];
        out[Metric.ORGANISATIONS.ordinal()] = s.organisations();
        out[Metric.JOINT_ARRANGEMENTS.ordinal()] = s.jointArrangements();
        out[Metric.CAPACITY_RISK_PAIRS.ordinal()] = riskPairs;
        out[Metric.CAPACITY_RISK_MUNICIPALITIES.ordinal()] = 0;
        out[Metric.DIRECT_CONTROL_SHARE.ordinal()] = total == 0 ? 0 : direct / total;
        out[Metric.TASK_PACKAGES.ordinal()] = s.taskPackages();
    }

    private int riskMunicipalities(double[] values) {
        int risk = alwaysAtRisk;
        for (int u = 0; u < undecidedCount; u++) {
            for (int e = undecidedStart[u]; e < undecidedStart[u + 1]; e++) {
                if (undecidedPopulation[e] < values[3 * undecidedTask[e] + 2]) {
                    risk++;
                    break;
                }
            }
        }
        return risk;
    }

    /**
     * Municipalities with a capacity risk in each of a block of draws: {@code minScale[t][d]} is the
     * minimum scale of task t in draw d, and the count of draw d goes to {@code out[d]}. The same
     * counts as {@link #metrics} gives draw by draw, worked along the draws so that the inner loops
     * have no branches; {@code flags} holds at least {@code draws} ints.
     */
    void riskMunicipalities(double[][] minScale, int draws, double[] out, int[] flags) {
        Arrays.fill(out, 0, draws, alwaysAtRisk);
        for (int u = 0; u < undecidedCount; u++) {
            Arrays.fill(flags, 0, draws, 0);
            for (int e = undecidedStart[u]; e < undecidedStart[u + 1]; e++) {
                double population = undecidedPopulation[e];
                double[] scale = minScale[undecidedTask[e]];
                for (int d = 0; d < draws; d++) {
                    flags[d] |= population < scale[d] ? 1 : 0;
                }
            }
            for (int d = 0; d < draws; d++) {
                out[d] += flags[d];
            }
        }
    }

    private int bucket(int t, double key) {
        return Math.max(0, Math.min(BUCKETS - 1, (int) ((key - minScaleLow[t]) * bucketScale[t])));
    }

    /**
     * The first index in {@code [from, to]} whose value is at least {@code key}, for a key with every
     * value before {@code from} below it and every value from {@code to} on at least it: the number
     * of values below the key.
     */
    private static int firstAtLeast(double[] sorted, int from, int to, double key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
