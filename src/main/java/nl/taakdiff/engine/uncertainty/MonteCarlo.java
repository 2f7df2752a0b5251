package nl.taakdiff.engine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.model.SizeClass;

/**
 * Monte Carlo over the parameters of a comparison (calculation.md §2.10): every draw samples all
 * parameters once and evaluates baseline and alternative on it (common random numbers). Memory
 * is the quantile buffers (one value per draw per metric, municipality and size class) and
 * nothing else that grows with the draws.
 */
public final class MonteCarlo {
    /** Progress is reported (and cancellation checked) after every block of this many draws. */
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
        int[] losses = new int[n];

        ParameterSampler sampler = new ParameterSampler(comparison.space(), settings.distribution(), settings.seed());
        double[] values = new double[comparison.space().size()];
        double[] b = new double[metricCount];
        double[] a = new double[metricCount];
        double[] d = new double[metricCount];
        double[] municipal = new double[n];
        double[] classCost = new double[classCount];
        double threshold = settings.threshold();
        for (int draw = 0; draw < draws; draw++) {
            sampler.next(values);
            comparison.deltaMetrics(values, b, a, d);
            for (int k = 0; k < metricCount; k++) {
                base[k][draw] = b[k];
                alt[k][draw] = a[k];
                delta[k][draw] = d[k];
                negative[k] += d[k] < 0 ? 1 : 0;
            }
            comparison.deltaPerInhabitant(values, municipal);
            Arrays.fill(classCost, 0);
            for (int m = 0; m < n; m++) {
                double change = municipal[m];
                perMunicipality[m][draw] = change;
                losses[m] += change > threshold ? 1 : 0;
                classCost[comparison.classOf(m)] += change * comparison.population(m);
            }
            for (int c = 0; c < classCount; c++) {
                long pop = comparison.classPopulation(c);
                perClass[c][draw] = pop == 0 ? 0 : classCost[c] / pop;
            }
            if ((draw + 1) % BLOCK == 0 || draw + 1 == draws) {
                monitor.progress(draw + 1, draws);
                if (monitor.isCancelled()) {
                    throw new CancellationException("Monte Carlo run cancelled after " + (draw + 1) + " draws");
                }
            }
        }

        List<MetricSpread> metrics = new ArrayList<>(metricCount);
        for (Metric metric : Metric.values()) {
            int k = metric.ordinal();
            Arrays.sort(delta[k]);
            metrics.add(new MetricSpread(metric, Spread.of(base[k], draws), Spread.of(alt[k], draws),
                    sortedSpread(delta[k], draws), (double) negative[k] / draws));
        }
        List<MunicipalityDelta> names = comparison.comparison().municipalities();
        List<MunicipalitySpread> municipalities = new ArrayList<>(n);
        for (int m = 0; m < n; m++) {
            double[] x = perMunicipality[m];
            double mean = Spread.mean(x, draws);
            double p5 = Quantiles.select(x, draws, 0.05);
            double p95 = Quantiles.select(x, draws, 0.95);
            MunicipalityDelta md = names.get(m);
            municipalities.add(new MunicipalitySpread(md.code(), md.name(), md.population(), mean, p5, p95,
                    (double) losses[m] / draws));
            perMunicipality[m] = null;
        }
        List<ClassSpread> classSpreads = new ArrayList<>(classCount);
        for (int c = 0; c < classCount; c++) {
            double[] x = perClass[c];
            double mean = Spread.mean(x, draws);
            classSpreads.add(new ClassSpread(classes.get(c), comparison.comparison().classes().get(c).municipalities(),
                    mean, Quantiles.select(x, draws, 0.05), Quantiles.select(x, draws, 0.95)));
        }
        return new UncertaintyResult(settings, metrics, municipalities, classSpreads, delta);
    }

    private static Spread sortedSpread(double[] sorted, int n) {
        double mean = Spread.mean(sorted, n);
        return new Spread(mean, Spread.sd(sorted, n, mean), Quantiles.sorted(sorted, n, 0.05),
                Quantiles.sorted(sorted, n, 0.50), Quantiles.sorted(sorted, n, 0.95));
    }
}
