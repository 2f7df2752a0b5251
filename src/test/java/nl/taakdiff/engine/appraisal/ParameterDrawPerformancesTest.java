package nl.taakdiff.engine.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import org.junit.jupiter.api.Test;

class ParameterDrawPerformancesTest {
    private final SyntheticWorkload w = SyntheticWorkload.generate(300, 8, 0.0, 5);
    private final Evaluator evaluator = new Evaluator(w.study());
    private final Scenario first = w.scenario();
    private final Scenario pooled = first.withName("pooled").withRules(first.rules().stream()
            .map(r -> new Rule(r.taskCode(), r.minPopulation(), Level.REGION)).toList());
    private final List<Measure> measures = List.of(Measure.TOTAL_COST, Measure.DIRECT_CONTROL_SHARE,
            Measure.CAPACITY_RISK_PAIRS, Measure.LOSERS, Measure.LARGEST_INCREASE_PER_INHABITANT);

    private ParameterDrawPerformances draws(double range, int count) {
        ParameterSpace space = ParameterSpace.of(w.study().tasks(), first.overheads(), range);
        return new ParameterDrawPerformances(evaluator, List.of(first, pooled), measures, space,
                Distribution.TRIANGULAR, count, 3, 1.0);
    }

    @Test
    void withoutRangesEveryDrawIsTheBasePerformance() {
        Performance base = Performances.of(List.of(evaluator.evaluate(first), evaluator.evaluate(pooled)), measures, 1.0);
        ParameterDrawPerformances fixed = draws(0, 5);
        for (int d = 0; d < 5; d++) {
            Performance p = fixed.draw(d);
            for (int i = 0; i < 2; i++) {
                for (int c = 0; c < measures.size(); c++) {
                    assertThat(p.value(i, c)).as("draw %d option %d %s", d, i, measures.get(c))
                            .isCloseTo(base.value(i, c), within(1e-6 * Math.max(1, Math.abs(base.value(i, c)))));
                }
            }
        }
    }

    @Test
    void drawsVaryAreRepeatableAndCombineWithWeightDraws() {
        ParameterDrawPerformances wide = draws(0.5, 2_000);
        double a = wide.draw(0).value(0, 0);
        double b = wide.draw(1).value(0, 0);
        assertThat(a).isNotEqualTo(b);
        assertThat(wide.draw(0).value(0, 0)).isEqualTo(a);
        assertThat(wide.draw(1).value(1, 3)).isGreaterThanOrEqualTo(0);
        Appraisal appraisal = Appraisal.of(Performances.of(List.of(evaluator.evaluate(first), evaluator.evaluate(pooled)),
                measures, 1.0), measures.stream().map(m -> Criterion.of(m, 1)).toList(), Method.PROMETHEE);
        Acceptability both = RankAcceptability.compute(appraisal, wide, 1);
        assertThat(both.withParameters()).isTrue();
        assertThat(both.draws()).isEqualTo(2_000);
        assertThat(both.share(0, 0) + both.share(1, 0)).isCloseTo(1, within(1e-12));
        assertThat(both.share(0, 0) + both.share(0, 1)).isCloseTo(1, within(1e-12));
    }
}
