package nl.taakdiff.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.model.SizeClass;

/**
 * Monte Carlo over the parameters of a comparison (calculation.md §2.10): every draw samples all
 * parameters once and evaluates baseline and alternative on it (common random numbers). Draws
 * are worked in blocks, so that the municipalities' changes are computed along the draws. Memory
 * that grows with the draws is the quantile buffers only: one value per draw per metric and
 * scenario, per municipality and per size class.
 */
public final class MonteCarlo {
    /** Draws per block; progress is reported (and cancellation checked) after each. */
    static final int BLOCK = 500;

    /** Told how far a run has got; may stop it. Called on the running thread. */
    public interface Monitor {
        Monitor NONE = new Monitor() {
        };

        default void progress(int done, int total) {
        }

        default boolean isCancelled() {
            return false;
        }
    }

    private MonteCarlo() {
    }

    /** Runs the draws; throws {@link CancellationException} when the monitor cancels. */
    public static UncertaintyResult run(LinearComparison comparison, MonteCarloSettings settings, Monitor monitor) {
        int draws = settings.draws();
        int metricCount = Metric.values().length;
        int n = comparison.municipalityCount();
        List<SizeClass> classes = comparison.classes();
        int classCount = classes.size();
        double[][] base = new double[metricCount][draws];
        double[][] alt = new double[metricCount][draws];
        double[][] delta = new double[metricCount][draws];
        double[][] perMunicipality = new double[n][draws];
        double[][] perClass = new double[classCount][draws];
        int[] negative = new int[metricCount];
        double threshold = settings.threshold();
        double[] sums = new double[n];
        int[] losses = new int[n];
        double[] mins = new double[n];
        double[] maxs = new double[n];
        boolean[] nans = new boolean[n];
        java.util.Arrays.fill(mins, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(maxs, Double.NEGATIVE_INFINITY);

        ParameterSampler sampler = new ParameterSampler(comparison.space(), settings.distribution(), settings.seed());
        double[] values = new double[comparison.space().size()];
        double[] b = new double[metricCount];
        double[] a = new double[metricCount];
        double[] d = new double[metricCount];
        int variables = comparison.variableCount();
        double[] x = new double[variables];
        int[] used = comparison.usedVariables();
        double[][] block = new double[variables][];
        for (int v : used) {
            block[v] = new double[BLOCK];
        }
        double[] rateA = new double[LinearScenario.LEVELS];
        double[] rateB = new double[LinearScenario.LEVELS];
        int taskCount = comparison.space().taskCount();
        double[][] minScale = new double[taskCount][BLOCK];
        double[] riskB = new double[BLOCK];
        double[] riskA = new double[BLOCK];
        int[] flags = new int[BLOCK];
        int risk = Metric.CAPACITY_RISK_MUNICIPALITIES.ordinal();
        for (int start = 0; start < draws; start += BLOCK) {
            int size = Math.min(BLOCK, draws - start);
            for (int i = 0; i < size; i++) {
                int draw = start + i;
                sampler.next(values);
                comparison.deltaMetricsExceptRiskMunicipalities(values, b, a, d);
                for (int k = 0; k < metricCount; k++) {
                    base[k][draw] = b[k];
                    alt[k][draw] = a[k];
                    delta[k][draw] = d[k];
                    negative[k] += d[k] < 0 ? 1 : 0;
                }
                for (int t = 0; t < taskCount; t++) {
                    minScale[t][i] = values[comparison.space().minScale(t)];
                }
                comparison.variables(values, x, rateA, rateB);
                for (int v : used) {
                    block[v][i] = x[v];
                }
            }
            comparison.baseline().riskMunicipalities(minScale, size, riskB, flags);
            comparison.alternative().riskMunicipalities(minScale, size, riskA, flags);
            for (int i = 0; i < size; i++) {
                double change = riskA[i] - riskB[i];
                base[risk][start + i] = riskB[i];
                alt[risk][start + i] = riskA[i];
                delta[risk][start + i] = change;
                negative[risk] += change < 0 ? 1 : 0;
            }
            comparison.deltaPerInhabitant(block, size, perMunicipality, start);
            // While the block is in the cache: the class sums, and per municipality the running sum
            // (in draw order, so the mean is the same as summed afterwards), losses, minimum and maximum.
            for (int m = 0; m < n; m++) {
                double[] row = perMunicipality[m];
                double[] classRow = perClass[comparison.classOf(m)];
                double population = comparison.population(m);
                double sum = sums[m];
                int lost = losses[m];
                double min = mins[m];
                double max = maxs[m];
                boolean nan = nans[m];
                for (int i = start; i < start + size; i++) {
                    classRow[i] += row[i] * population;
                }
                for (int i = start; i < start + size; i++) {
                    double v = row[i];
                    sum += v;
                    lost += v > threshold ? 1 : 0;
                    min = v < min ? v : min;
                    max = v > max ? v : max;
                    nan |= v != v;
                }
                sums[m] = sum;
                losses[m] = lost;
                mins[m] = min;
                maxs[m] = max;
                nans[m] = nan;
            }
            monitor.progress(start + size, draws);
            if (monitor.isCancelled()) {
                throw new CancellationException("Monte Carlo run cancelled after " + (start + size) + " draws");
            }
        }

        List<MetricSpread> metrics = new ArrayList<>(metricCount);
        for (Metric metric : Metric.values()) {
            int k = metric.ordinal();
            java.util.Arrays.sort(delta[k]);
            metrics.add(new MetricSpread(metric, Spread.of(base[k], draws), Spread.of(alt[k], draws),
                    sortedSpread(delta[k], draws), (double) negative[k] / draws));
        }
        List<MunicipalityDelta> names = comparison.comparison().municipalities();
        List<MunicipalitySpread> municipalities = new ArrayList<>(n);
        for (int m = 0; m < n; m++) {
            double[] row = perMunicipality[m];
            MunicipalityDelta md = names.get(m);
            double[] q = Quantiles.selectAll(row, draws, mins[m], maxs[m], nans[m], 0.05, 0.95);
            municipalities.add(new MunicipalitySpread(md.code(), md.name(), md.population(), sums[m] / draws, q[0],
                    q[1], (double) losses[m] / draws));
            perMunicipality[m] = null;
        }
        List<ClassSpread> classSpreads = new ArrayList<>(classCount);
        for (int c = 0; c < classCount; c++) {
            double[] row = perClass[c];
            long population = comparison.classPopulation(c);
            for (int i = 0; i < draws; i++) {
                row[i] = population == 0 ? 0 : row[i] / population;
            }
            double mean = Spread.mean(row, draws);
            double[] q = Quantiles.selectAll(row, draws, 0.05, 0.95);
            classSpreads.add(new ClassSpread(classes.get(c), comparison.comparison().classes().get(c).municipalities(),
                    mean, q[0], q[1]));
        }
        return new UncertaintyResult(settings, metrics, municipalities, classSpreads, delta);
    }

    private static Spread sortedSpread(double[] sorted, int n) {
        double mean = Spread.mean(sorted, n);
        return new Spread(mean, Spread.sd(sorted, n, mean), Quantiles.sorted(sorted, n, 0.05),
                Quantiles.sorted(sorted, n, 0.50), Quantiles.sorted(sorted, n, 0.95));
    }
}
