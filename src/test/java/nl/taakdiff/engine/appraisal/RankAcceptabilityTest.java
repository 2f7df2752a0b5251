package nl.taakdiff.engine.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RankAcceptabilityTest {

    /** A seeded random appraisal of n options on k criteria, some of them higher-is-better. */
    static Appraisal random(long seed, int n, int k, Method method) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add("Optie " + (char) ('A' + i));
        }
        List<Measure> measures = List.of(Measure.values()).subList(0, k);
        double[][] values = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                values[i][c] = r.nextInt(20);
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Direction d = r.nextBoolean() ? Direction.LOWER : Direction.HIGHER;
            boolean thresholds = method == Method.PROMETHEE && r.nextBoolean();
            criteria.add(new Criterion(measures.get(c), d, 1 + r.nextInt(9),
                    thresholds ? 1.0 : null, thresholds ? 6.0 : null));
        }
        return Appraisal.of(new Performance(options, measures, values), criteria, method);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void sharesSumToOnePerOptionAndPerRank(Method method) {
        Appraisal a = random(7, 5, 4, method);
        Acceptability acc = RankAcceptability.compute(a, 3_000, 11);
        for (int i = 0; i < 5; i++) {
            double option = 0;
            double rank = 0;
            for (int r = 0; r < 5; r++) {
                option += acc.share(i, r);
                rank += acc.share(r, i);
            }
            assertThat(option).isCloseTo(1, within(1e-12));
            assertThat(rank).isCloseTo(1, within(1e-12));
        }
        assertThat(acc.draws()).isEqualTo(3_000);
        assertThat(acc.withParameters()).isFalse();
    }

    @Test
    void aDominatingOptionIsAlwaysFirst() {
        Performance p = new Performance(List.of("Best", "Other", "Worst"),
                List.of(Measure.TOTAL_COST, Measure.ORGANISATIONS),
                new double[][] {{1, 1}, {2, 3}, {3, 5}});
        Appraisal a = Appraisal.of(p, List.of(Criterion.of(Measure.TOTAL_COST, 1),
                Criterion.of(Measure.ORGANISATIONS, 1)), Method.WEIGHTED_SUM);
        Acceptability acc = RankAcceptability.compute(a, 1_000, 3);
        assertThat(acc.share(0, 0)).isEqualTo(1.0);
        assertThat(acc.share(1, 1)).isEqualTo(1.0);
        assertThat(acc.share(2, 2)).isEqualTo(1.0);
    }

    @Test
    void twoOpposedCriteriaSplitFirstPlaceByTheWeightThatTipsIt() {
        // A is best on cost, B on control, u is 1 or 0: A wins iff w_cost > 1/2, a coin toss on the simplex.
        Performance p = new Performance(List.of("A", "B"),
                List.of(Measure.TOTAL_COST, Measure.DIRECT_CONTROL_SHARE), new double[][] {{1, 0.1}, {2, 0.9}});
        Appraisal a = Appraisal.of(p, List.of(Criterion.of(Measure.TOTAL_COST, 1),
                Criterion.of(Measure.DIRECT_CONTROL_SHARE, 1)), Method.WEIGHTED_SUM);
        assertThat(RankAcceptability.compute(a, 20_000, 5).share(0, 0)).isCloseTo(0.5, within(0.02));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 99})
    void theSameSeedGivesTheSameShares(long seed) {
        Appraisal a = random(seed, 4, 6, Method.PROMETHEE);
        Acceptability first = RankAcceptability.compute(a, 2_000, seed);
        Acceptability again = RankAcceptability.compute(a, 2_000, seed);
        for (int i = 0; i < 4; i++) {
            for (int r = 0; r < 4; r++) {
                assertThat(again.share(i, r)).isEqualTo(first.share(i, r));
            }
        }
    }

    @Test
    void simplexDrawsAreNonNegativeSumToOneAndAverageEvenly() {
        SplittableRandom random = new SplittableRandom(1);
        double[] cuts = new double[6];
        double[] w = new double[5];
        double[] mean = new double[5];
        int draws = 50_000;
        for (int d = 0; d < draws; d++) {
            RankAcceptability.simplex(random, cuts, w);
            double sum = 0;
            for (int c = 0; c < 5; c++) {
                assertThat(w[c]).isGreaterThanOrEqualTo(0);
                sum += w[c];
                mean[c] += w[c] / draws;
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
        assertThat(mean).containsExactly(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, within(0.005));
    }

    @Test
    void parameterDrawsThatChangeNothingGiveTheWeightOnlyShares() {
        Appraisal a = random(3, 4, 3, Method.WEIGHTED_SUM);
        PerformanceDraws unchanged = new PerformanceDraws() {
            @Override
            public int count() {
                return 2_000;
            }

            @Override
            public Performance draw(int index) {
                return a.performance();
            }
        };
        Acceptability weightsOnly = RankAcceptability.compute(a, 2_000, 8);
        Acceptability both = RankAcceptability.compute(a, unchanged, 8);
        assertThat(both.withParameters()).isTrue();
        for (int i = 0; i < 4; i++) {
            for (int r = 0; r < 4; r++) {
                assertThat(both.share(i, r)).isEqualTo(weightsOnly.share(i, r));
            }
        }
    }

    @Test
    void parameterDrawsThatSwapTheOptionsSwapTheirShares() {
        // Half the parameter draws make A dominate, half make B dominate.
        List<Measure> measures = List.of(Measure.TOTAL_COST, Measure.ORGANISATIONS);
        Performance aWins = new Performance(List.of("A", "B"), measures, new double[][] {{1, 1}, {2, 2}});
        Performance bWins = new Performance(List.of("A", "B"), measures, new double[][] {{2, 2}, {1, 1}});
        Appraisal a = Appraisal.of(aWins, List.of(Criterion.of(Measure.TOTAL_COST, 1),
                Criterion.of(Measure.ORGANISATIONS, 1)), Method.PROMETHEE);
        PerformanceDraws alternating = new PerformanceDraws() {
            @Override
            public int count() {
                return 1_000;
            }

            @Override
            public Performance draw(int index) {
                return index % 2 == 0 ? aWins : bWins;
            }
        };
        Acceptability acc = RankAcceptability.compute(a, alternating, 1);
        assertThat(acc.share(0, 0)).isEqualTo(0.5);
        assertThat(acc.share(1, 0)).isEqualTo(0.5);
    }
}
