package nl.taakdiff.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.LinearScenario;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.engine.uncertainty.TornadoRow;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;
import org.junit.jupiter.api.Test;

/**
 * Tornado rows of the small case of {@link HandComputedCase}, computed by hand with the default
 * relative range of 20 %.
 *
 * <pre>
 * Scenario "hand", total_cost 28,193,400:
 *   T1.unit_cost 80..120: the unit part 100 × (100,000 × 1.03 + 150,000) = 25,300,000 moves ∓ 5,060,000
 *   T2.unit_cost 8..12: 10 × (40,000 × 1.08 + 210,000 × 1.05) = 2,637,000 moves ∓ 527,400
 *   overhead.centre 0.024..0.036: 100 × 100,000 × 0.03 = 300,000 moves ∓ 60,000
 *   T3.unit_cost 0.8..1.2: 30,000 + 224,400 = 254,400 moves ∓ 50,880
 *   overhead.province: 10 × 210,000 × 0.05 = 105,000 ∓ 21,000; overhead.region: 32,000 ∓ 6,400;
 *   overhead.state: 4,400 ∓ 880; T1.fixed_cost 800..1200 × 2 organisations: ∓ 400; the rest 0.
 * Uniform municipality vs uniform state, T1.fixed_cost with the catalogue range 0..400,000:
 *   delta = (1 − 4) × fixed + 0.02 × (100 + 10 + 1) × 250,000 = 555,000 − 3 × fixed
 *   at 0: 555,000; at 400,000: −645,000; break-even 185,000; at base (1000) 552,000
 *   overhead.state 0.016..0.024: (100 + 10 + 1) × 250,000 × rate: 552,000 ∓ 111,000
 *   T1.unit_cost: 0.02 × 250,000 × unit: 552,000 ∓ 100,000, no break-even
 * </pre>
 */
class SensitivityHandComputedTest {
    private static final double CENT = 1e-6;

    @Test
    void tornadoOfTotalCostOfOneScenario() {
        Study study = HandComputedCase.study();
        Evaluator evaluator = new Evaluator(study);
        ParameterSpace space = ParameterSpace.of(study.tasks(), Overheads.DEFAULT, 0.2);
        Tornado tornado = Tornado.of(LinearScenario.compile(evaluator, HandComputedCase.scenario(), space),
                Metric.TOTAL_COST);

        assertThat(tornado.delta()).isFalse();
        assertThat(tornado.baseValue()).isCloseTo(28_193_400, within(CENT));
        assertThat(tornado.rows()).extracting(r -> r.parameter().name()).containsExactly(
                "T1.unit_cost", "T2.unit_cost", "overhead.centre", "T3.unit_cost", "overhead.province",
                "overhead.region", "overhead.state", "T1.fixed_cost",
                "T1.min_scale", "T2.fixed_cost", "T2.min_scale", "T3.fixed_cost", "T3.min_scale");
        assertRow(tornado.rows().get(0), 100, 80, 120, 23_133_400, 33_253_400);
        assertThat(tornado.rows().get(0).swing()).isCloseTo(10_120_000, within(CENT));
        assertRow(tornado.rows().get(1), 10, 8, 12, 27_666_000, 28_720_800);
        assertRow(tornado.rows().get(2), 0.03, 0.024, 0.036, 28_133_400, 28_253_400);
        assertRow(tornado.rows().get(3), 1, 0.8, 1.2, 28_142_520, 28_244_280);
        assertRow(tornado.rows().get(4), 0.05, 0.04, 0.06, 28_172_400, 28_214_400);
        assertRow(tornado.rows().get(5), 0.08, 0.064, 0.096, 28_187_000, 28_199_800);
        assertRow(tornado.rows().get(6), 0.02, 0.016, 0.024, 28_192_520, 28_194_280);
        assertRow(tornado.rows().get(7), 1000, 800, 1200, 28_193_000, 28_193_800);
        assertThat(tornado.rows().subList(8, 13)).allSatisfy(r -> {
            assertThat(r.swing()).isZero();
            assertThat(r.breakEven()).isNull();
        });
        assertThat(tornado.rows()).allSatisfy(r -> assertThat(r.breakEven()).isNull());
    }

    @Test
    void capacityRiskMovesWithTheMinimumScale() {
        Study study = HandComputedCase.study();
        ParameterSpace space = ParameterSpace.of(study.tasks(), Overheads.DEFAULT, 0.2);
        Tornado tornado = Tornado.of(LinearScenario.compile(new Evaluator(study), HandComputedCase.scenario(), space),
                Metric.CAPACITY_RISK_PAIRS);
        // T3's minimum scale 160,000..240,000: the state (220,000) falls below it only at the high end,
        // adding A, C and D to B (own, 30,000); T1 (40,000..60,000): only the own D at 150,000 and
        // the centre at 100,000, both above. So T3.min_scale moves the pairs from 1 to 4.
        TornadoRow first = tornado.rows().get(0);
        assertThat(first.parameter().name()).isEqualTo("T3.min_scale");
        assertThat(first.valueAtLow()).isEqualTo(1);
        assertThat(first.valueAtHigh()).isEqualTo(4);
        assertThat(tornado.rows().subList(1, tornado.rows().size())).allSatisfy(r -> assertThat(r.swing()).isZero());
    }

    @Test
    void deltaTornadoWithBreakEven() {
        Study base = HandComputedCase.study();
        List<Task> tasks = new ArrayList<>(base.tasks());
        tasks.set(0, tasks.get(0).withRanges(new TaskRanges(null, null, 0.0, 400_000.0, null, null)));
        Study study = new Study(base.dataset(), tasks);
        Evaluator evaluator = new Evaluator(study);
        ParameterSpace space = ParameterSpace.of(tasks, Overheads.DEFAULT, 0.2);
        LinearComparison comparison = LinearComparison.compile(evaluator,
                HandComputedCase.uniform(study, Level.MUNICIPALITY), HandComputedCase.uniform(study, Level.STATE),
                space, 1.0);
        Tornado tornado = Tornado.ofDelta(comparison, Metric.TOTAL_COST);

        assertThat(tornado.delta()).isTrue();
        assertThat(tornado.baseValue()).isCloseTo(552_000, within(CENT));
        TornadoRow fixed = tornado.rows().get(0);
        assertThat(fixed.parameter().name()).isEqualTo("T1.fixed_cost");
        assertThat(fixed.parameter().fromCatalogue()).isTrue();
        assertRow(fixed, 1000, 0, 400_000, 555_000, -645_000);
        assertThat(fixed.swing()).isCloseTo(1_200_000, within(CENT));
        assertThat(fixed.breakEven()).isCloseTo(185_000, within(CENT));
        TornadoRow state = tornado.rows().get(1);
        assertThat(state.parameter().name()).isEqualTo("overhead.state");
        assertRow(state, 0.02, 0.016, 0.024, 441_000, 663_000);
        TornadoRow unit = tornado.rows().get(2);
        assertThat(unit.parameter().name()).isEqualTo("T1.unit_cost");
        assertRow(unit, 100, 80, 120, 452_000, 652_000);
        assertThat(unit.breakEven()).isNull();
    }

    private static void assertRow(TornadoRow row, double base, double low, double high, double atLow, double atHigh) {
        assertThat(row.parameter().base()).as(row.parameter().name()).isCloseTo(base, within(1e-12));
        assertThat(row.parameter().low()).as(row.parameter().name()).isCloseTo(low, within(1e-9));
        assertThat(row.parameter().high()).as(row.parameter().name()).isCloseTo(high, within(1e-9));
        assertThat(row.valueAtLow()).as(row.parameter().name()).isCloseTo(atLow, within(CENT));
        assertThat(row.valueAtHigh()).as(row.parameter().name()).isCloseTo(atHigh, within(CENT));
    }
}
