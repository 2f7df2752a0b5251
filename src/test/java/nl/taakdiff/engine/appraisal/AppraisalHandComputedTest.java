package nl.taakdiff.engine.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rankings and stability intervals worked out by hand (the arithmetic is in the comments). */
class AppraisalHandComputedTest {
    private static final double EPS = 1e-12;

    /** Cost (lower better) 100, 120, 150 and control share (higher better) 0.2, 0.6, 0.8; weights 3 : 1. */
    static Appraisal threeOptions(Method method) {
        Performance p = new Performance(List.of("A", "B", "C"),
                List.of(Measure.COST_PER_INHABITANT, Measure.DIRECT_CONTROL_SHARE),
                new double[][] {{100, 0.2}, {120, 0.6}, {150, 0.8}});
        return Appraisal.of(p, List.of(Criterion.of(Measure.COST_PER_INHABITANT, 3),
                Criterion.of(Measure.DIRECT_CONTROL_SHARE, 1)), method);
    }

    @Test
    void weightedSumNormalisesOverTheOptions() {
        // u_cost = (150 − v)/50: 1, 0.6, 0; u_control = (v − 0.2)/0.6: 0, 2/3, 1; w = 0.75, 0.25
        List<RankedOption> ranking = threeOptions(Method.WEIGHTED_SUM).ranking();
        assertThat(ranking).extracting(RankedOption::name).containsExactly("A", "B", "C");
        assertThat(ranking).extracting(RankedOption::rank).containsExactly(1, 2, 3);
        assertThat(ranking.get(0).score()).isCloseTo(0.75, within(EPS));
        assertThat(ranking.get(1).score()).isCloseTo(0.45 + 0.25 * 2 / 3.0, within(EPS));
        assertThat(ranking.get(2).score()).isCloseTo(0.25, within(EPS));
        assertThat(ranking.get(1).contributions().get(0)).isCloseTo(0.75 * 0.6, within(EPS));
        assertThat(ranking.get(1).contributions().get(1)).isCloseTo(0.25 * 2 / 3, within(EPS));
    }

    @Test
    void prometheeWithDefaultThresholds() {
        // cost, p = 50: P(A,B) = 0.4, P(A,C) = 1, P(B,C) = 0.6 → φ = 0.7, 0.1, −0.8
        // control, p = 0.6: P(B,A) = 2/3, P(C,A) = 1, P(C,B) = 1/3 → φ = −5/6, 1/6, 2/3
        List<RankedOption> ranking = threeOptions(Method.PROMETHEE).ranking();
        assertThat(ranking).extracting(RankedOption::name).containsExactly("A", "B", "C");
        assertThat(ranking.get(0).score()).isCloseTo(0.75 * 0.7 - 0.25 * 5 / 6, within(EPS));
        assertThat(ranking.get(1).score()).isCloseTo(0.75 * 0.1 + 0.25 / 6, within(EPS));
        assertThat(ranking.get(2).score()).isCloseTo(-0.75 * 0.8 + 0.25 * 2 / 3, within(EPS));
    }

    /** Cost 100, 120, 140 (weight 0.6) and control 0.50, 0.52, 0.60 (weight 0.4). */
    static Appraisal thresholdCase(Method method, boolean thresholds) {
        Performance p = new Performance(List.of("A", "B", "C"),
                List.of(Measure.TOTAL_COST, Measure.DIRECT_CONTROL_SHARE),
                new double[][] {{100, 0.50}, {120, 0.52}, {140, 0.60}});
        List<Criterion> criteria = thresholds
                ? List.of(new Criterion(Measure.TOTAL_COST, Direction.LOWER, 0.6, 25.0, 50.0),
                        new Criterion(Measure.DIRECT_CONTROL_SHARE, Direction.HIGHER, 0.4, 0.0, 0.01))
                : List.of(Criterion.of(Measure.TOTAL_COST, 0.6), Criterion.of(Measure.DIRECT_CONTROL_SHARE, 0.4));
        return Appraisal.of(p, criteria, method);
    }

    @Test
    void thresholdsMakePrometheeDifferFromTheWeightedSum() {
        // weighted sum: u_cost 1, 0.5, 0; u_control 0, 0.2, 1 → 0.6, 0.38, 0.4: A, C, B
        List<RankedOption> sum = thresholdCase(Method.WEIGHTED_SUM, false).ranking();
        assertThat(sum).extracting(RankedOption::name).containsExactly("A", "C", "B");
        assertThat(scores(sum)).containsExactly(new double[] {0.6, 0.4, 0.38}, within(EPS));
        // cost q = 25, p = 50: a gap of 20 is indifferent, A over C by 40 → 0.6; φ = 0.3, 0, −0.3
        // control q = 0, p = 0.01: every gap is a full preference; φ = −1, 0, 1
        // net: A 0.18 − 0.4 = −0.22, B 0, C −0.18 + 0.4 = 0.22: C, B, A
        List<RankedOption> promethee = thresholdCase(Method.PROMETHEE, true).ranking();
        assertThat(promethee).extracting(RankedOption::name).containsExactly("C", "B", "A");
        assertThat(scores(promethee)).containsExactly(new double[] {0.22, 0.0, -0.22}, within(EPS));
    }

    @Test
    void prometheeWithDefaultThresholdsRanksLikeTheWeightedSum() {
        // cost p = 40: φ 0.75, 0, −0.75; control p = 0.1: φ −0.6, −0.3, 0.9 → 0.21, −0.12, −0.09
        List<RankedOption> promethee = thresholdCase(Method.PROMETHEE, false).ranking();
        assertThat(promethee).extracting(RankedOption::name).containsExactly("A", "C", "B");
        assertThat(scores(promethee)).containsExactly(new double[] {0.21, -0.09, -0.12}, within(EPS));
    }

    static double[] scores(List<RankedOption> ranking) {
        return ranking.stream().mapToDouble(RankedOption::score).toArray();
    }

    @Test
    void tiesGoByName() {
        Performance p = new Performance(List.of("Zuid", "Noord"), List.of(Measure.TOTAL_COST),
                new double[][] {{5}, {5}});
        Appraisal a = Appraisal.of(p, List.of(Criterion.of(Measure.TOTAL_COST, 1)), Method.WEIGHTED_SUM);
        assertThat(a.ranking()).extracting(RankedOption::name).containsExactly("Noord", "Zuid");
        assertThat(a.ranking()).extracting(RankedOption::score).containsExactly(1.0, 1.0);
    }

    @Test
    void stabilityBoundsAreTheBreakpointsWhereTheWinnerFlips() {
        // cost share x, control 1 − x: A = x, B = 0.6x + (2/3)(1 − x), C = 1 − x.
        // A ≥ B ⇔ x ≥ 0.625; A ≥ C ⇔ x ≥ 0.5. So A stays first for x in [0.625, 1].
        Appraisal a = threeOptions(Method.WEIGHTED_SUM);
        List<StabilityInterval> stability = a.stability();
        assertThat(stability.get(0).share()).isEqualTo(0.75);
        assertThat(stability.get(0).from()).isCloseTo(0.625, within(EPS));
        assertThat(stability.get(0).to()).isEqualTo(1.0);
        assertThat(stability.get(1).share()).isEqualTo(0.25);
        assertThat(stability.get(1).from()).isEqualTo(0.0);
        assertThat(stability.get(1).to()).isCloseTo(0.375, within(EPS));
        // and the winner does flip just outside the bound
        assertThat(a.withWeights(0.63, 0.37).ranking().get(0).name()).isEqualTo("A");
        assertThat(a.withWeights(0.62, 0.38).ranking().get(0).name()).isEqualTo("B");
    }

    @Test
    void stabilityKeepsTheOtherWeightsInProportion() {
        // Three criteria, weights 2 : 1 : 1. Moving the third to share x leaves (1 − x)·2/3 and (1 − x)/3.
        Performance p = new Performance(List.of("A", "B"),
                List.of(Measure.TOTAL_COST, Measure.ORGANISATIONS, Measure.DIRECT_CONTROL_SHARE),
                new double[][] {{1, 10, 0.1}, {2, 5, 0.9}});
        Appraisal a = Appraisal.of(p, List.of(Criterion.of(Measure.TOTAL_COST, 2),
                Criterion.of(Measure.ORGANISATIONS, 1), Criterion.of(Measure.DIRECT_CONTROL_SHARE, 1)),
                Method.WEIGHTED_SUM);
        // u: A = (1, 0, 0), B = (0, 1, 1). Scores 0.5 and 0.5: tie, A wins by name.
        assertThat(a.ranking().get(0).name()).isEqualTo("A");
        // third at x: A = (1 − x)·2/3, B = (1 − x)/3 + x → A ≥ B ⇔ 2 − 2x ≥ 1 + 2x ⇔ x ≤ 1/4
        StabilityInterval third = a.stability().get(2);
        assertThat(third.from()).isEqualTo(0.0);
        assertThat(third.to()).isCloseTo(0.25, within(EPS));
        // first at x: A = x, B = (1 − x)·(1/2 + 1/2) → x ≥ 1/2; today's share is exactly 1/2
        StabilityInterval first = a.stability().get(0);
        assertThat(first.from()).isCloseTo(0.5, within(EPS));
        assertThat(first.to()).isEqualTo(1.0);
    }

    @Test
    void aSingleCriterionIsStableEverywhere() {
        Performance p = new Performance(List.of("A", "B"), List.of(Measure.TOTAL_COST), new double[][] {{1}, {2}});
        StabilityInterval only = Appraisal.of(p, List.of(Criterion.of(Measure.TOTAL_COST, 1)), Method.PROMETHEE)
                .stability().get(0);
        assertThat(only.share()).isEqualTo(1.0);
        assertThat(only.from()).isEqualTo(0.0);
        assertThat(only.to()).isEqualTo(1.0);
    }

    @Test
    void refusesWhatDesignDoesNotAllow() {
        assertThatThrownBy(() -> Criterion.of(Measure.TOTAL_COST, -1)).hasMessageContaining("weight");
        assertThatThrownBy(() -> new Criterion(Measure.TOTAL_COST, Direction.LOWER, 1, 5.0, 2.0))
                .hasMessageContaining("above preference threshold");
        assertThatThrownBy(() -> new Performance(List.of("A"), List.of(Measure.TOTAL_COST), new double[][] {{1}}))
                .hasMessageContaining("2 to 8 options");
        Performance p = new Performance(List.of("A", "B"), List.of(Measure.TOTAL_COST), new double[][] {{1}, {2}});
        assertThatThrownBy(() -> Appraisal.of(p, List.of(Criterion.of(Measure.TOTAL_COST, 0)), Method.WEIGHTED_SUM))
                .hasMessageContaining("weight above 0");
    }
}
