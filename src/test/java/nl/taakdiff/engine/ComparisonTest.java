package nl.taakdiff.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.taakdiff.model.Level;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed case against a uniform all-municipality baseline. Baseline cost per pair:
 * fixed + unit × population, so A pays 1000 + 100 × 10,000 + 10 × 10,000 + 1 × 10,000 = 1,111,000
 * (111.10 per inhabitant); in the alternative A pays 1,148,300 (114.83): +3.73 per inhabitant.
 */
class ComparisonTest {
    private final Study study = HandComputedCase.study();
    private final Evaluator evaluator = new Evaluator(study);
    private final Evaluation baseline = evaluator.evaluate(HandComputedCase.uniform(study, Level.MUNICIPALITY));
    private final Evaluation alternative = evaluator.evaluate(HandComputedCase.scenario());

    @Test
    void metricDeltas() {
        Comparison c = Comparison.of(baseline, alternative);
        // Baseline total: 4 × 1000 fixed (T1) + 111 × 250,000 = 27,754,000.
        MetricDelta total = c.metric(Metric.TOTAL_COST);
        assertThat(total.baseline()).isCloseTo(27_754_000, within(1e-6));
        assertThat(total.alternative()).isCloseTo(28_193_400, within(1e-6));
        assertThat(total.delta()).isCloseTo(439_400, within(1e-6));
        assertThat(total.deltaPct()).isCloseTo(439_400 / 27_754_000.0, within(1e-12));
        MetricDelta packages = c.metric(Metric.TASK_PACKAGES);
        assertThat(packages.baseline()).isEqualTo(1);
        assertThat(packages.alternative()).isEqualTo(4);
        assertThat(packages.deltaPct()).isEqualTo(3.0);
        MetricDelta province = c.metric(Metric.PROVINCE_COST);
        assertThat(province.baseline()).isZero();
        assertThat(province.deltaPct()).as("empty when the baseline is 0").isNull();
        assertThat(c.metrics()).extracting(MetricDelta::metric).containsExactly(Metric.values());
    }

    @Test
    void municipalitiesWinnersAndLosers() {
        Comparison c = Comparison.of(baseline, alternative);
        MunicipalityDelta a = c.municipalities().get(0);
        assertThat(a.baselineCost()).isCloseTo(1_111_000, within(1e-6));
        assertThat(a.alternativeCost()).isCloseTo(1_148_300, within(1e-6));
        assertThat(a.delta()).isCloseTo(37_300, within(1e-6));
        assertThat(a.deltaPerInhabitant()).isCloseTo(3.73, within(1e-9));
        // D: baseline 1000 + 111 × 150,000 = 16,651,000 (111.006667), alternative 111.526667: +0.52, within EUR 1.
        assertThat(c.municipalities()).extracting(MunicipalityDelta::outcome)
                .containsExactly(Outcome.LOSER, Outcome.LOSER, Outcome.LOSER, Outcome.UNCHANGED);
        assertThat(c.losers()).extracting(MunicipalityDelta::code).containsExactly("A", "B", "C");
        assertThat(c.winners()).isEmpty();
        Comparison reversed = Comparison.of(alternative, baseline);
        assertThat(reversed.winners()).extracting(MunicipalityDelta::code).containsExactly("A", "B", "C");
        Comparison strict = Comparison.of(baseline, alternative, 0.5);
        assertThat(strict.losers()).extracting(MunicipalityDelta::code).containsExactly("A", "B", "C", "D");
    }

    @Test
    void sizeClassesFollowTheBaselineTiering() {
        Evaluation twoClasses = evaluator.evaluate(HandComputedCase.uniformOver(study, Tiering.of(0, 50_000),
                Level.MUNICIPALITY));
        Comparison c = Comparison.of(twoClasses, alternative);
        assertThat(c.classes()).hasSize(2);
        ClassDelta small = c.classes().get(0);
        assertThat(small.municipalities()).isEqualTo(2);
        assertThat(small.population()).isEqualTo(40_000);
        // A + B: baseline 2 × 1000 + 111 × 40,000 = 4,442,000; alternative 1,148,300 + 3,444,300 = 4,592,600.
        assertThat(small.baselineCostPerInhabitant()).isCloseTo(4_442_000 / 40_000.0, within(1e-9));
        assertThat(small.alternativeCostPerInhabitant()).isCloseTo(4_592_600 / 40_000.0, within(1e-9));
        assertThat(small.deltaPerInhabitant()).isCloseTo(150_600 / 40_000.0, within(1e-9));
    }

    @Test
    void evaluationsOfDifferentStudiesCannotBeCompared() {
        SyntheticWorkload other = SyntheticWorkload.generate(4, 3, 0, 1);
        Evaluation foreign = Evaluator.evaluate(other.study(), other.scenario());
        assertThatThrownBy(() -> Comparison.of(baseline, foreign)).isInstanceOf(IllegalArgumentException.class);
    }
}
