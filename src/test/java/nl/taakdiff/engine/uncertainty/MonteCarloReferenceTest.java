package nl.taakdiff.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The run of {@link MonteCarlo} (blocks of draws, counts along the draws, quantiles from bins)
 * gives bit for bit the figures of the plain definition: each draw evaluated on its own, every
 * sample sorted. So the same seed gives the same numbers as before the run was made fast.
 */
class MonteCarloReferenceTest {
    private static final SyntheticWorkload W = SyntheticWorkload.generate(240, 9, 0.04, 13);

    @ParameterizedTest
    @CsvSource({"1234, 3, TRIANGULAR, 0.3", "5001, 8, UNIFORM, 0.2", "2600, 1, TRIANGULAR, 0.5"})
    void theRunEqualsDrawByDrawEvaluationExactly(int draws, long seed, Distribution distribution, double range) {
        Evaluator evaluator = new Evaluator(W.study());
        Scenario alternative = LinearScenarioPropertiesTest.alternativeOf(W.scenario());
        double threshold = 1.0;
        LinearComparison c = LinearComparison.compile(evaluator, W.scenario(), alternative,
                ParameterSpace.of(W.study().tasks(), W.scenario().overheads(), range), threshold);

        UncertaintyResult fast = MonteCarlo.run(c, new MonteCarloSettings(draws, seed, distribution, threshold),
                MonteCarlo.Monitor.NONE);

        int metricCount = Metric.values().length;
        int n = c.municipalityCount();
        double[][] base = new double[metricCount][draws];
        double[][] alt = new double[metricCount][draws];
        double[][] delta = new double[metricCount][draws];
        double[][] change = new double[n][draws];
        double[][] perClass = new double[c.classes().size()][draws];
        ParameterSampler sampler = new ParameterSampler(c.space(), distribution, seed);
        double[] values = new double[c.space().size()];
        double[] b = new double[metricCount];
        double[] a = new double[metricCount];
        double[] d = new double[metricCount];
        double[] one = new double[n];
        for (int draw = 0; draw < draws; draw++) {
            sampler.next(values);
            c.deltaMetrics(values, b, a, d);
            for (int k = 0; k < metricCount; k++) {
                base[k][draw] = b[k];
                alt[k][draw] = a[k];
                delta[k][draw] = d[k];
            }
            c.deltaPerInhabitant(values, one);
            for (int m = 0; m < n; m++) {
                change[m][draw] = one[m];
                perClass[c.classOf(m)][draw] += one[m] * c.population(m);
            }
        }

        List<MetricSpread> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            int k = metric.ordinal();
            long negative = Arrays.stream(delta[k]).filter(v -> v < 0).count();
            double[] sortedDelta = delta[k].clone();
            Arrays.sort(sortedDelta);
            metrics.add(new MetricSpread(metric, spread(base[k], base[k]), spread(alt[k], alt[k]),
                    spread(sortedDelta, sortedDelta), (double) negative / draws));
        }
        assertThat(fast.metrics()).isEqualTo(metrics);

        List<MunicipalityDelta> names = c.comparison().municipalities();
        List<MunicipalitySpread> municipalities = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            long losing = Arrays.stream(change[m]).filter(v -> v > threshold).count();
            Spread s = spread(change[m], change[m]);
            MunicipalityDelta md = names.get(m);
            municipalities.add(new MunicipalitySpread(md.code(), md.name(), md.population(), s.mean(), s.p5(), s.p95(),
                    (double) losing / draws));
        }
        assertThat(fast.municipalities()).isEqualTo(municipalities);

        for (int k = 0; k < c.classes().size(); k++) {
            long population = c.classPopulation(k);
            double[] row = perClass[k];
            for (int i = 0; i < draws; i++) {
                row[i] = population == 0 ? 0 : row[i] / population;
            }
            Spread s = spread(row, row);
            ClassSpread shown = fast.classes().get(k);
            assertThat(new double[] {shown.mean(), shown.p5(), shown.p95()}).as("class %d", k)
                    .containsExactly(s.mean(), s.p5(), s.p95());
        }
        assertThat(fast.sortedDeltas(Metric.TOTAL_COST)).containsExactly(sorted(delta[Metric.TOTAL_COST.ordinal()]));
    }

    @org.junit.jupiter.api.Test
    void binnedQuantilesAreTheOrderStatisticsOfTheSortedSample() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(21);
        double[] qs = {0, 0.05, 0.5, 0.95, 1};
        for (int trial = 0; trial < 60; trial++) {
            int n = 2_000 + random.nextInt(18_000);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                double v = random.nextGaussian() * 100;
                // Ties, a clump and far outliers, which put most values in a few bins.
                values[i] = trial % 3 == 0 ? Math.rint(v / 25) : trial % 3 == 1 && i % 97 == 0 ? v * 1e9 : v;
            }
            double[] sorted = sorted(values);
            double[] expected = Arrays.stream(qs).map(q -> Quantiles.sorted(sorted, n, q)).toArray();
            assertThat(Quantiles.selectAll(values.clone(), n, qs)).as("trial %d", trial).containsExactly(expected);
        }
        double[] same = new double[5_000];
        Arrays.fill(same, -2.5);
        assertThat(Quantiles.selectAll(same, same.length, 0.05, 0.95)).containsExactly(-2.5, -2.5);
    }

    /** Mean and sd summed in the order of {@code summed}; quantiles from a sorted copy. */
    private static Spread spread(double[] summed, double[] sample) {
        int n = summed.length;
        double sum = 0;
        for (double v : summed) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : summed) {
            squares += (v - mean) * (v - mean);
        }
        double[] sorted = sorted(sample);
        return new Spread(mean, Math.sqrt(squares / (n - 1)), Quantiles.sorted(sorted, n, 0.05),
                Quantiles.sorted(sorted, n, 0.50), Quantiles.sorted(sorted, n, 0.95));
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
