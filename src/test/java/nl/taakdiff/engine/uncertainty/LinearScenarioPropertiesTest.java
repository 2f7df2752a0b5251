package nl.taakdiff.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compiled linear form against full evaluations, on seeded synthetic workloads. */
class LinearScenarioPropertiesTest {

    /** A second scenario of the same study: every rule moved one level up (state wraps to municipality), other overheads. */
    static Scenario alternativeOf(Scenario scenario) {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : scenario.rules()) {
            int next = (r.level().ordinal() + (r.minPopulation() % 20_000 == 0 ? 1 : 2)) % Level.values().length;
            rules.add(new Rule(r.taskCode(), r.minPopulation(), Level.ofOrdinal(next)));
        }
        return scenario.withName("alternative").withRules(rules)
                .withOverheads(scenario.overheads().with(Level.REGION, 0.11).with(Level.MUNICIPALITY, 0.01));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42})
    void baseValuesReproduceTheEvaluation(long seed) {
        SyntheticWorkload w = SyntheticWorkload.generate(300, 12, 0.03, seed);
        Evaluator evaluator = new Evaluator(w.study());
        ParameterSpace space = ParameterSpace.of(w.study().tasks(), w.scenario().overheads(), 0.2);
        Scenario alternative = alternativeOf(w.scenario());
        LinearComparison linear = LinearComparison.compile(evaluator, w.scenario(), alternative, space, 1.0);
        Comparison full = Comparison.of(evaluator.evaluate(w.scenario()), evaluator.evaluate(alternative));

        int metrics = Metric.values().length;
        double[] base = new double[metrics];
        double[] alt = new double[metrics];
        double[] delta = new double[metrics];
        linear.deltaMetrics(space.baseValues(), base, alt, delta);
        for (Metric metric : Metric.values()) {
            assertClose(base[metric.ordinal()], full.metric(metric).baseline(), metric.key());
            assertClose(alt[metric.ordinal()], full.metric(metric).alternative(), metric.key());
        }
        double[] perInhabitant = new double[linear.municipalityCount()];
        linear.deltaPerInhabitant(space.baseValues(), perInhabitant);
        List<MunicipalityDelta> municipalities = full.municipalities();
        for (int m = 0; m < perInhabitant.length; m++) {
            assertThat(perInhabitant[m]).as(municipalities.get(m).code())
                    .isCloseTo(municipalities.get(m).deltaPerInhabitant(), within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 7})
    void tornadoValuesEqualFullReEvaluations(long seed) {
        SyntheticWorkload w = SyntheticWorkload.generate(150, 5, 0.03, seed);
        Study study = w.study();
        Evaluator evaluator = new Evaluator(study);
        ParameterSpace space = ParameterSpace.of(study.tasks(), w.scenario().overheads(), 0.3);
        Scenario alternative = alternativeOf(w.scenario());
        LinearComparison linear = LinearComparison.compile(evaluator, w.scenario(), alternative, space, 1.0);
        for (Metric metric : List.of(Metric.TOTAL_COST, Metric.DIRECT_CONTROL_SHARE, Metric.CAPACITY_RISK_PAIRS,
                Metric.CAPACITY_RISK_MUNICIPALITIES, Metric.MUNICIPAL_COST)) {
            Tornado tornado = Tornado.ofDelta(linear, metric);
            for (TornadoRow row : tornado.rows()) {
                Parameter p = row.parameter();
                assertClose(row.valueAtLow(), fullDelta(study, w.scenario(), alternative, p, p.low(), metric),
                        p.name() + " low " + metric.key());
                assertClose(row.valueAtHigh(), fullDelta(study, w.scenario(), alternative, p, p.high(), metric),
                        p.name() + " high " + metric.key());
            }
        }
    }

    /** The delta of a metric with one parameter moved, by evaluating both scenarios from scratch. */
    private static double fullDelta(Study study, Scenario baseline, Scenario alternative, Parameter p, double value,
                                    Metric metric) {
        Study moved = study;
        Scenario b = baseline;
        Scenario a = alternative;
        if (p.kind() == ParameterKind.OVERHEAD) {
            double factor = value / p.base();
            b = baseline.withOverheads(baseline.overheads().with(p.level(), baseline.overheads().rate(p.level()) * factor));
            a = alternative.withOverheads(alternative.overheads().with(p.level(),
                    alternative.overheads().rate(p.level()) * factor));
        } else {
            List<Task> tasks = new ArrayList<>(study.tasks());
            Task t = tasks.get(p.task());
            tasks.set(p.task(), switch (p.kind()) {
                case UNIT_COST -> new Task(t.code(), t.name(), t.domain(), value, t.fixedCost(), t.minScale(),
                        t.regionType(), t.source());
                case FIXED_COST -> new Task(t.code(), t.name(), t.domain(), t.unitCost(), value, t.minScale(),
                        t.regionType(), t.source());
                // Populations are whole numbers: below x exactly when below ⌈x⌉.
                case MIN_SCALE -> new Task(t.code(), t.name(), t.domain(), t.unitCost(), t.fixedCost(),
                        (long) Math.ceil(value), t.regionType(), t.source());
                case OVERHEAD -> throw new AssertionError();
            });
            moved = new Study(study.dataset(), tasks);
        }
        Evaluator evaluator = new Evaluator(moved);
        Evaluation eb = evaluator.evaluate(b);
        Evaluation ea = evaluator.evaluate(a);
        return ea.summary().value(metric) - eb.summary().value(metric);
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
}
