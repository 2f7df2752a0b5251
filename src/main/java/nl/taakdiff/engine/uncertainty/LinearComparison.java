package nl.taakdiff.engine.uncertainty;

import java.util.Arrays;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.Organisations;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;

/**
 * A baseline and an alternative compiled on one parameter space, so that both are evaluated on
 * the same value vector (common random numbers). Per municipality the change in cost per
 * inhabitant is linear too: a task executed for {@code m} by an organisation of population
 * {@code P} at level {@code L} costs {@code m} per inhabitant {@code fixed / P + unit × (1 +
 * rate(L))}, so only the tasks whose organisation or level differs between the two scenarios
 * enter the municipality's sum. Immutable.
 */
public final class LinearComparison {
    private static final int LEVELS = LinearScenario.LEVELS;

    private final LinearScenario baseline;
    private final LinearScenario alternative;
    private final Comparison comparison;
    private final int taskCount;
    private final long[] population;
    /**
     * Per municipality the change in cost per inhabitant as a sparse sum {@code Σ coef × x[var]}
     * (terms {@code termStart[m] .. termStart[m + 1]}) over the variables of a draw: per task its
     * fixed cost, and per task and level {@code unit × (1 + rate)} in the alternative and in the
     * baseline (see {@link #variables}).
     */
    private final int[] termStart;
    private final int[] termVariable;
    private final double[] termCoefficient;
    /** The variables that some municipality's sum uses, ascending: the only ones a block of draws needs. */
    private final int[] usedVariables;
    private final int[] classOf;
    private final long[] classPopulation;
    private final List<SizeClass> classes;

    private LinearComparison(LinearScenario baseline, LinearScenario alternative, double threshold) {
        this.baseline = baseline;
        this.alternative = alternative;
        this.comparison = Comparison.of(baseline.evaluation(), alternative.evaluation(), threshold);
        Organisations b = baseline.organisations();
        Organisations a = alternative.organisations();
        taskCount = b.taskCount();
        int n = b.municipalityCount();
        List<Municipality> municipalities = b.study().dataset().municipalities();
        population = new long[n];
        termStart = new int[n + 1];
        int capacity = n * 8 + 16;
        int[] variable = new int[capacity];
        double[] coefficient = new double[capacity];
        int terms = 0;
        for (int m = 0; m < n; m++) {
            population[m] = municipalities.get(m).population();
            for (int t = 0; t < taskCount; t++) {
                Organisations.ForTask bt = b.task(t);
                Organisations.ForTask at = a.task(t);
                long pb = bt.population(bt.organisationOf(m));
                long pa = at.population(at.organisationOf(m));
                int lb = bt.levelOf(m).ordinal();
                int la = at.levelOf(m).ordinal();
                boolean unitCancels = la == lb && alternative.baseRate(la) == baseline.baseRate(lb);
                if (terms + 3 > capacity) {
                    capacity *= 2;
                    variable = Arrays.copyOf(variable, capacity);
                    coefficient = Arrays.copyOf(coefficient, capacity);
                }
                if (pa != pb) {
                    variable[terms] = t;
                    coefficient[terms++] = 1.0 / pa - 1.0 / pb;
                }
                if (!unitCancels) {
                    variable[terms] = alternativeUnit(t, la);
                    coefficient[terms++] = 1;
                    variable[terms] = baselineUnit(t, lb);
                    coefficient[terms++] = -1;
                }
            }
            termStart[m + 1] = terms;
        }
        termVariable = Arrays.copyOf(variable, terms);
        termCoefficient = Arrays.copyOf(coefficient, terms);
        usedVariables = Arrays.stream(termVariable).distinct().sorted().toArray();
        classes = baseline.evaluation().classes().stream().map(c -> c.sizeClass()).toList();
        classOf = new int[n];
        classPopulation = new long[classes.size()];
        for (int m = 0; m < n; m++) {
            classOf[m] = b.sizeClass(m);
            classPopulation[classOf[m]] += population[m];
        }
    }

    private int alternativeUnit(int t, int level) {
        return taskCount + t * LEVELS + level;
    }

    private int baselineUnit(int t, int level) {
        return taskCount * (1 + LEVELS) + t * LEVELS + level;
    }

    /** Number of variables of a draw that the municipalities' changes are sums over. */
    int variableCount() {
        return taskCount * (1 + 2 * LEVELS);
    }

    int[] usedVariables() {
        return usedVariables;
    }

    /** The variables of a draw: fixed costs, then {@code unit × (1 + rate)} per task and level in each scenario. */
    void variables(double[] values, double[] x, double[] rateA, double[] rateB) {
        alternative.rates(values, rateA);
        baseline.rates(values, rateB);
        for (int t = 0; t < taskCount; t++) {
            double unit = values[3 * t];
            x[t] = values[3 * t + 1];
            for (int level = 0; level < LEVELS; level++) {
                x[alternativeUnit(t, level)] = unit * (1 + rateA[level]);
                x[baselineUnit(t, level)] = unit * (1 + rateB[level]);
            }
        }
    }

    /** Compiles both scenarios on the space; winners and losers move by more than {@code threshold} EUR per inhabitant. */
    public static LinearComparison compile(Evaluator evaluator, Scenario baseline, Scenario alternative,
                                           ParameterSpace space, double threshold) {
        return new LinearComparison(LinearScenario.compile(evaluator, baseline, space),
                LinearScenario.compile(evaluator, alternative, space), threshold);
    }

    public LinearScenario baseline() {
        return baseline;
    }

    public LinearScenario alternative() {
        return alternative;
    }

    public ParameterSpace space() {
        return baseline.space();
    }

    /** The comparison with every parameter at its base value. */
    public Comparison comparison() {
        return comparison;
    }

    public double threshold() {
        return comparison.threshold();
    }

    public int municipalityCount() {
        return population.length;
    }

    /** Size classes of the baseline's tiering, as in the comparison. */
    public List<SizeClass> classes() {
        return classes;
    }

    int classOf(int m) {
        return classOf[m];
    }

    long population(int m) {
        return population[m];
    }

    long classPopulation(int c) {
        return classPopulation[c];
    }

    /** Alternative minus baseline for every metric under the value vector, by {@link Metric} ordinal. */
    public void deltaMetrics(double[] values, double[] base, double[] alt, double[] delta) {
        baseline.metrics(values, base);
        alternative.metrics(values, alt);
        for (int i = 0; i < delta.length; i++) {
            delta[i] = alt[i] - base[i];
        }
    }

    /** As {@link #deltaMetrics}, with capacity-risk municipalities left at 0 (counted per block of draws). */
    void deltaMetricsExceptRiskMunicipalities(double[] values, double[] base, double[] alt, double[] delta) {
        baseline.metricsExceptRiskMunicipalities(values, base);
        alternative.metricsExceptRiskMunicipalities(values, alt);
        for (int i = 0; i < delta.length; i++) {
            delta[i] = alt[i] - base[i];
        }
    }

    /** Per municipality (in data set order) the change in cost per inhabitant under the value vector. */
    public void deltaPerInhabitant(double[] values, double[] out) {
        double[] x = new double[variableCount()];
        variables(values, x, new double[LEVELS], new double[LEVELS]);
        for (int m = 0; m < out.length; m++) {
            double sum = 0;
            for (int e = termStart[m]; e < termStart[m + 1]; e++) {
                sum += termCoefficient[e] * x[termVariable[e]];
            }
            out[m] = sum;
        }
    }

    /**
     * The same for a block of draws at once: {@code x[var][d]} holds the variables of draw d (see
     * {@link #variables}, transposed), and municipality m's changes go to {@code out[m][offset + d]}.
     * Working along the draws keeps the inner loop contiguous, which the JIT vectorises.
     */
    void deltaPerInhabitant(double[][] x, int draws, double[][] out, int offset) {
        for (int m = 0; m < out.length; m++) {
            double[] row = out[m];
            Arrays.fill(row, offset, offset + draws, 0);
            int e = termStart[m];
            int end = termStart[m + 1];
            // Four terms per pass over the row, added in the same order as one by one: the same sums,
            // with a quarter of the loads and stores of the row.
            for (; e + 3 < end; e += 4) {
                double c0 = termCoefficient[e];
                double c1 = termCoefficient[e + 1];
                double c2 = termCoefficient[e + 2];
                double c3 = termCoefficient[e + 3];
                double[] v0 = x[termVariable[e]];
                double[] v1 = x[termVariable[e + 1]];
                double[] v2 = x[termVariable[e + 2]];
                double[] v3 = x[termVariable[e + 3]];
                for (int d = 0; d < draws; d++) {
                    row[offset + d] = (((row[offset + d] + c0 * v0[d]) + c1 * v1[d]) + c2 * v2[d]) + c3 * v3[d];
                }
            }
            for (; e < end; e++) {
                double c = termCoefficient[e];
                double[] v = x[termVariable[e]];
                for (int d = 0; d < draws; d++) {
                    row[offset + d] += c * v[d];
                }
            }
        }
    }
}
