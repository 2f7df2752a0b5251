package nl.taakdiff.engine.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import org.junit.jupiter.api.Test;

class PerformancesTest {

    @Test
    void metricsComeFromTheSummaryAndTheOtherMeasuresFromTheFirstOption() {
        SyntheticWorkload w = SyntheticWorkload.generate(300, 8, 0.0, 5);
        Evaluator evaluator = new Evaluator(w.study());
        Evaluation first = evaluator.evaluate(w.scenario());
        List<Rule> pooled = w.scenario().rules().stream()
                .map(r -> new Rule(r.taskCode(), r.minPopulation(), Level.REGION)).toList();
        Evaluation second = evaluator.evaluate(w.scenario().withName("pooled").withRules(pooled));
        List<Measure> measures = List.of(Measure.TOTAL_COST, Measure.LOSERS, Measure.LARGEST_INCREASE_PER_INHABITANT);

        Performance p = Performances.of(List.of(first, second), measures, 1.0);

        assertThat(p.options()).containsExactly(w.scenario().name(), "pooled");
        assertThat(p.value(0, 0)).isEqualTo(first.summary().value(Metric.TOTAL_COST));
        assertThat(p.value(1, 0)).isEqualTo(second.summary().value(Metric.TOTAL_COST));
        assertThat(p.value(0, 1)).isZero();
        assertThat(p.value(0, 2)).isZero();
        Comparison c = Comparison.of(first, second, 1.0);
        assertThat(p.value(1, 1)).isEqualTo(c.losers().size()).isPositive();
        assertThat(p.value(1, 2)).isEqualTo(c.municipalities().stream()
                .mapToDouble(MunicipalityDelta::deltaPerInhabitant).max().orElseThrow());
    }
}
