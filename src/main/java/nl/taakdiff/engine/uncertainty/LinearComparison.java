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
    /** Per municipality, terms {@code entryStart[m] .. entryStart[m + 1]}: task, fixed-cost coefficient, level in each scenario (-1: the unit terms cancel). */
    private final int[] entryStart;
    private final int[] entryTask;
    private final double[] entryFixed;
    private final int[] entryAltLevel;
    private final int[] entryBaseLevel;
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
        entryStart = new int[n + 1];
        int capacity = n * 4 + 16;
        int[] task = new int[capacity];
        double[] fixed = new double[capacity];
        int[] altLevel = new int[capacity];
        int[] baseLevel = new int[capacity];
        int entries = 0;
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
                if (pa == pb && unitCancels) {
                    continue;
                }
                if (entries == capacity) {
                    capacity *= 2;
                    task = Arrays.copyOf(task, capacity);
                    fixed = Arrays.copyOf(fixed, capacity);
                    altLevel = Arrays.copyOf(altLevel, capacity);
                    baseLevel = Arrays.copyOf(baseLevel, capacity);
                }
                task[entries] = t;
                fixed[entries] = 1.0 / pa - 1.0 / pb;
                altLevel[entries] = unitCancels ? -1 : la;
                baseLevel[entries] = unitCancels ? -1 : lb;
                entries++;
            }
            entryStart[m + 1] = entries;
        }
        entryTask = Arrays.copyOf(task, entries);
        entryFixed = Arrays.copyOf(fixed, entries);
        entryAltLevel = Arrays.copyOf(altLevel, entries);
        entryBaseLevel = Arrays.copyOf(baseLevel, entries);
        classes = baseline.evaluation().classes().stream().map(c -> c.sizeClass()).toList();
        classOf = new int[n];
        classPopulation = new long[classes.size()];
        for (int m = 0; m < n; m++) {
            classOf[m] = b.sizeClass(m);
            classPopulation[classOf[m]] += population[m];
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

    /** Per municipality (in data set order) the change in cost per inhabitant under the value vector. */
    public void deltaPerInhabitant(double[] values, double[] out) {
        double[] rateA = new double[LEVELS];
        double[] rateB = new double[LEVELS];
        alternative.rates(values, rateA);
        baseline.rates(values, rateB);
        for (int level = 0; level < LEVELS; level++) {
            rateA[level] += 1;
            rateB[level] += 1;
        }
        for (int m = 0; m < out.length; m++) {
            double sum = 0;
            for (int e = entryStart[m]; e < entryStart[m + 1]; e++) {
                int t = entryTask[e];
                sum += values[3 * t + 1] * entryFixed[e];
                int la = entryAltLevel[e];
                if (la >= 0) {
                    sum += values[3 * t] * (rateA[la] - rateB[entryBaseLevel[e]]);
                }
            }
            out[m] = sum;
        }
    }
}
