package nl.taakdiff.engine.appraisal;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.LinearScenario;
import nl.taakdiff.engine.uncertainty.ParameterSampler;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.model.Scenario;

/**
 * The performance tables of the options under the Monte Carlo parameter draws of calculation.md §2.10:
 * every option is compiled once into its linear form, and each draw evaluates all options on the
 * same parameter values (common random numbers), with the losers and the largest increase per
 * inhabitant against the first option in that draw. The sampler is the uncertainty analysis's own,
 * so a seed gives the same parameter draws as {@code uncertainty} with that seed. Draws are made in
 * order as they are asked for; asking for an earlier one restarts the sampler.
 */
public final class ParameterDrawPerformances implements PerformanceDraws {
    private final List<String> options;
    private final List<Measure> measures;
    private final ParameterSpace space;
    private final Distribution distribution;
    private final long seed;
    private final int count;
    private final double threshold;
    private final List<LinearScenario> linear = new ArrayList<>();
    /** Per option after the first: its comparison with the first, or null when no measure needs it. */
    private final List<LinearComparison> againstFirst = new ArrayList<>();
    private final double[] values;
    private final double[] metrics = new double[Metric.values().length];
    private final double[] perInhabitant;
    private ParameterSampler sampler;
    private int next;

    public ParameterDrawPerformances(Evaluator evaluator, List<Scenario> options, List<Measure> measures,
                                     ParameterSpace space, Distribution distribution, int count, long seed,
                                     double loserThreshold) {
        if (count < 1) {
            throw new IllegalArgumentException("parameter draws need at least one draw, not " + count);
        }
        this.options = options.stream().map(Scenario::name).toList();
        this.measures = List.copyOf(measures);
        this.space = space;
        this.distribution = distribution;
        this.count = count;
        this.seed = seed;
        this.threshold = loserThreshold;
        boolean needsComparison = this.measures.stream().anyMatch(m -> m.metric().isEmpty());
        for (int i = 0; i < options.size(); i++) {
            if (i > 0 && needsComparison) {
                LinearComparison c = LinearComparison.compile(evaluator, options.get(0), options.get(i), space,
                        loserThreshold);
                againstFirst.add(c);
                linear.add(c.alternative());
            } else {
                linear.add(LinearScenario.compile(evaluator, options.get(i), space));
                againstFirst.add(null);
            }
        }
        values = new double[space.size()];
        perInhabitant = new double[evaluator.study().dataset().municipalities().size()];
        sampler = new ParameterSampler(space, distribution, seed);
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public Performance draw(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("draw " + index + " of " + count);
        }
        if (index < next) {
            sampler = new ParameterSampler(space, distribution, seed);
            next = 0;
        }
        while (next <= index) {
            sampler.next(values);
            next++;
        }
        double[][] table = new double[options.size()][measures.size()];
        for (int i = 0; i < options.size(); i++) {
            linear.get(i).metrics(values, metrics);
            LinearComparison comparison = againstFirst.get(i);
            if (comparison != null) {
                comparison.deltaPerInhabitant(values, perInhabitant);
            }
            for (int c = 0; c < measures.size(); c++) {
                Measure m = measures.get(c);
                table[i][c] = m.metric().isPresent() ? metrics[m.metric().get().ordinal()]
                        : comparison == null ? 0 : againstFirst(m);
            }
        }
        return new Performance(options, measures, table);
    }

    private double againstFirst(Measure measure) {
        if (measure == Measure.LOSERS) {
            int losers = 0;
            for (double d : perInhabitant) {
                losers += d > threshold ? 1 : 0;
            }
            return losers;
        }
        double largest = perInhabitant.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
        for (double d : perInhabitant) {
            largest = Math.max(largest, d);
        }
        return largest + 0.0;
    }
}
