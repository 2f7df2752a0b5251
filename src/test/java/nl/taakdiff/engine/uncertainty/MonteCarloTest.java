package nl.taakdiff.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
    private static final SyntheticWorkload W = SyntheticWorkload.generate(200, 8, 0.03, 5);

    private static LinearComparison comparison(double range) {
        Evaluator evaluator = new Evaluator(W.study());
        ParameterSpace space = ParameterSpace.of(W.study().tasks(), W.scenario().overheads(), range);
        return LinearComparison.compile(evaluator, W.scenario(), LinearScenarioPropertiesTest.alternativeOf(W.scenario()),
                space, 1.0);
    }

    @Test
    void meanOfSymmetricTriangularDrawsConvergesOnTheBaseValueOfLinearMetrics() {
        LinearComparison c = comparison(0.2);
        Comparison base = c.comparison();
        UncertaintyResult result = MonteCarlo.run(c, new MonteCarloSettings(40_000, 11, Distribution.TRIANGULAR, 1.0),
                MonteCarlo.Monitor.NONE);
        for (Metric metric : List.of(Metric.TOTAL_COST, Metric.MUNICIPAL_COST, Metric.PROVINCE_COST, Metric.STATE_COST)) {
            MetricSpread s = result.metric(metric);
            double se = result.standardError(metric);
            assertThat(se).as(metric.key()).isPositive();
            assertThat(s.delta().mean()).as(metric.key()).isCloseTo(base.metric(metric).delta(), within(4 * se));
            assertThat(s.baseline().mean()).as(metric.key()).isCloseTo(base.metric(metric).baseline(),
                    within(4 * s.baseline().sd() / Math.sqrt(result.draws())));
        }
        // Counts that no parameter changes are the same in every draw.
        MetricSpread organisations = result.metric(Metric.ORGANISATIONS);
        assertThat(organisations.delta().sd()).isZero();
        assertThat(organisations.delta().p5()).isEqualTo(base.metric(Metric.ORGANISATIONS).delta());
    }

    @Test
    void standardErrorShrinksWithTheSquareRootOfTheDraws() {
        LinearComparison c = comparison(0.2);
        double small = MonteCarlo.run(c, new MonteCarloSettings(2_500, 3, Distribution.UNIFORM, 1.0),
                MonteCarlo.Monitor.NONE).standardError(Metric.TOTAL_COST);
        double large = MonteCarlo.run(c, new MonteCarloSettings(40_000, 3, Distribution.UNIFORM, 1.0),
                MonteCarlo.Monitor.NONE).standardError(Metric.TOTAL_COST);
        assertThat(large / small).isCloseTo(0.25, within(0.03));
    }

    @Test
    void sameSeedSameFiguresOtherSeedOtherFigures() {
        LinearComparison c = comparison(0.2);
        MonteCarloSettings settings = new MonteCarloSettings(3_000, 7, Distribution.TRIANGULAR, 1.0);
        UncertaintyResult one = MonteCarlo.run(c, settings, MonteCarlo.Monitor.NONE);
        UncertaintyResult two = MonteCarlo.run(comparison(0.2), settings, MonteCarlo.Monitor.NONE);
        assertThat(two.metrics()).isEqualTo(one.metrics());
        assertThat(two.municipalities()).isEqualTo(one.municipalities());
        assertThat(two.classes()).isEqualTo(one.classes());
        UncertaintyResult other = MonteCarlo.run(c, new MonteCarloSettings(3_000, 8, Distribution.TRIANGULAR, 1.0),
                MonteCarlo.Monitor.NONE);
        assertThat(other.metric(Metric.TOTAL_COST).delta()).isNotEqualTo(one.metric(Metric.TOTAL_COST).delta());
    }

    @Test
    void figuresAreConsistent() {
        LinearComparison c = comparison(0.3);
        UncertaintyResult r = MonteCarlo.run(c, new MonteCarloSettings(5_000, 1, Distribution.TRIANGULAR, 1.0),
                MonteCarlo.Monitor.NONE);
        double[] sorted = r.sortedDeltas(Metric.TOTAL_COST);
        assertThat(sorted).hasSize(5_000).isSorted();
        long negative = java.util.Arrays.stream(sorted).filter(d -> d < 0).count();
        assertThat(r.metric(Metric.TOTAL_COST).probabilityNegative()).isEqualTo(negative / 5_000.0);
        assertThat(r.metric(Metric.TOTAL_COST).delta().p50()).isEqualTo(Quantiles.sorted(sorted, 5_000, 0.5));
        assertThat(r.metrics()).allSatisfy(m -> {
            assertThat(m.delta().p5()).isLessThanOrEqualTo(m.delta().p50());
            assertThat(m.delta().p50()).isLessThanOrEqualTo(m.delta().p95());
        });
        assertThat(r.municipalities()).hasSize(c.municipalityCount()).allSatisfy(m -> {
            assertThat(m.p5()).isLessThanOrEqualTo(m.mean());
            assertThat(m.mean()).isLessThanOrEqualTo(m.p95());
            assertThat(m.probabilityLoser()).isBetween(0.0, 1.0);
        });
        assertThat(r.classes()).hasSize(c.classes().size());
        assertThat(r.probabilityNegativeError(Metric.TOTAL_COST)).isBetween(0.0, 0.5 / Math.sqrt(5_000));
    }

    @Test
    void fixedParametersStayAtTheirValue() {
        LinearComparison c = comparison(0.0);
        UncertaintyResult r = MonteCarlo.run(c, new MonteCarloSettings(100, 1, Distribution.TRIANGULAR, 1.0),
                MonteCarlo.Monitor.NONE);
        double delta = c.comparison().metric(Metric.TOTAL_COST).delta();
        assertThat(r.metric(Metric.TOTAL_COST).delta().p5()).isCloseTo(delta, within(1e-6));
        assertThat(r.metric(Metric.TOTAL_COST).delta().p95()).isCloseTo(delta, within(1e-6));
        List<nl.taakdiff.engine.MunicipalityDelta> base = c.comparison().municipalities();
        for (int m = 0; m < base.size(); m++) {
            MunicipalitySpread s = r.municipalities().get(m);
            assertThat(s.code()).isEqualTo(base.get(m).code());
            assertThat(s.p5()).isCloseTo(base.get(m).deltaPerInhabitant(), within(1e-9));
            assertThat(s.p95()).isCloseTo(base.get(m).deltaPerInhabitant(), within(1e-9));
            assertThat(s.probabilityLoser()).isEqualTo(base.get(m).deltaPerInhabitant() > 1.0 ? 1.0 : 0.0);
        }
    }

    @Test
    void drawsInBlocksMatchSingleDraws() {
        LinearComparison c = comparison(0.2);
        UncertaintyResult r = MonteCarlo.run(c, new MonteCarloSettings(600, 2, Distribution.UNIFORM, 1.0),
                MonteCarlo.Monitor.NONE);
        ParameterSampler sampler = new ParameterSampler(c.space(), Distribution.UNIFORM, 2);
        double[] values = new double[c.space().size()];
        double[] change = new double[c.municipalityCount()];
        double[] sum = new double[c.municipalityCount()];
        for (int d = 0; d < 600; d++) {
            sampler.next(values);
            c.deltaPerInhabitant(values, change);
            for (int m = 0; m < change.length; m++) {
                sum[m] += change[m];
            }
        }
        for (int m = 0; m < sum.length; m++) {
            assertThat(r.municipalities().get(m).mean()).isCloseTo(sum[m] / 600, within(1e-9));
        }
    }

    @Test
    void progressIsReportedAndCancelStopsTheRun() {
        LinearComparison c = comparison(0.2);
        List<Integer> reported = new ArrayList<>();
        MonteCarlo.Monitor cancelling = new MonteCarlo.Monitor() {
            @Override
            public void progress(int done, int total) {
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return reported.size() >= 2;
            }
        };
        assertThatThrownBy(() -> MonteCarlo.run(c, new MonteCarloSettings(10_000, 1, Distribution.TRIANGULAR, 1.0),
                cancelling)).isInstanceOf(CancellationException.class);
        assertThat(reported).containsExactly(500, 1000);
    }

    @Test
    void rangesOutOfOrderNameTaskAndColumn() {
        List<Task> tasks = new ArrayList<>(W.study().tasks());
        Task first = tasks.get(0);
        tasks.set(0, first.withRanges(new TaskRanges(first.unitCost() + 1, null, null, null, null, null)));
        assertThatThrownBy(() -> ParameterSpace.of(tasks, Overheads.DEFAULT, 0.2))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("task " + first.code()).hasMessageContaining("unit_cost_low")
                .hasMessageContaining("low ≤ base ≤ high");
    }

    @Test
    void quantilesInterpolateLikeNumpy() {
        // numpy.percentile([3, 1, 4, 1, 5, 9, 2, 6], [5, 50, 95]) == [1.0, 3.5, 7.95]
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertThat(Quantiles.select(x.clone(), 8, 0.05)).isEqualTo(1.0);
        assertThat(Quantiles.select(x.clone(), 8, 0.50)).isEqualTo(3.5);
        assertThat(Quantiles.select(x.clone(), 8, 0.95)).isCloseTo(7.95, within(1e-12));
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(3000);
            double[] values = random.doubles(n).map(v -> Math.floor(v * 50)).toArray();
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            for (double q : new double[] {0, 0.05, 0.5, 0.95, 1}) {
                assertThat(Quantiles.select(values.clone(), n, q)).isEqualTo(Quantiles.sorted(sorted, n, q));
            }
        }
    }

    @Test
    void generatorStreamIsPinned() {
        // The same seed must give the same draws on every machine and Java version.
        Xoshiro256 random = new Xoshiro256(1);
        assertThat(random.nextLong()).isEqualTo(-5480124913605472059L);
        assertThat(random.nextLong()).isEqualTo(-8846382939111011094L);
        assertThat(random.nextLong()).isEqualTo(-7856363154187860716L);
    }

    @Test
    void triangularDrawsStayInRangeAndPeakAtTheMode() {
        double[] counts = new double[10];
        Xoshiro256 random = new Xoshiro256(9);
        for (int i = 0; i < 100_000; i++) {
            double x = Distribution.TRIANGULAR.inverse(random.nextDouble(), 0, 3, 10);
            assertThat(x).isBetween(0.0, 10.0);
            counts[(int) Math.min(9, x)]++;
        }
        // Density 2(x − a)/((b − a)(c − a)) rises to the mode 3 and falls after it.
        assertThat(counts[2]).isGreaterThan(counts[0]).isGreaterThan(counts[9]);
        assertThat(counts[2] / 100_000).isCloseTo(2 * 2.5 / 30, within(0.01));
    }
}
