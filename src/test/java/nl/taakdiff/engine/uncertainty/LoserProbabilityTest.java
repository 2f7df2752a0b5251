package nl.taakdiff.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code probability_loser} per municipality (calculation.md §2.10): by hand, and as properties. */
class LoserProbabilityTest {
    private static final Overheads STATE_TEN_PERCENT = new Overheads(Map.of(Level.STATE, 0.1));

    /**
     * One task with only its unit cost uncertain, between 0 and 200 around 100; fixed cost 100,000.
     * A (10,000 inhabitants) and B (40,000) move it from their own organisation (no overhead) to the
     * state (one organisation of 50,000, overhead 10 %). Change per inhabitant:
     * {@code 100,000 × (1/50,000 − 1/P) + 0.1 × unit}: A {@code −8 + 0.1 u}, B {@code −0.5 + 0.1 u}.
     * With the loser threshold of € 1, A loses when u > 90, B when u > 15.
     */
    private static LinearComparison handCase() {
        Map<String, Region> regions = Map.of("vr", new Region("vr", "R1", "Regio R1"));
        Dataset dataset = new Dataset("hand", List.of(new Municipality("A", "Gemeente A", "P1", 10_000, regions),
                new Municipality("B", "Gemeente B", "P1", 40_000, regions)));
        Task task = new Task("T", "Taak", "d", 100, 100_000, 0, "vr", "test")
                .withRanges(new TaskRanges(0.0, 200.0, 100_000.0, 100_000.0, 0.0, 0.0));
        Study study = new Study(dataset, List.of(task));
        Scenario own = uniform(Level.MUNICIPALITY);
        ParameterSpace space = ParameterSpace.of(study.tasks(), STATE_TEN_PERCENT, 0);
        return LinearComparison.compile(new Evaluator(study), own, uniform(Level.STATE), space, 1.0);
    }

    private static Scenario uniform(Level level) {
        List<Rule> rules = new ArrayList<>();
        for (long bound : Tiering.DEFAULT.lowerBounds()) {
            rules.add(new Rule("T", bound, level));
        }
        return new Scenario(level.code(), "", Tiering.DEFAULT, rules, List.of(), STATE_TEN_PERCENT);
    }

    @Test
    void theBaseChangesAreAsComputedByHand() {
        List<MunicipalityDelta> base = handCase().comparison().municipalities();
        assertThat(base.get(0).deltaPerInhabitant()).isCloseTo(-8 + 10, within(1e-9));
        assertThat(base.get(1).deltaPerInhabitant()).isCloseTo(-0.5 + 10, within(1e-9));
    }

    @Test
    void uniformDrawsLoseInTheShareOfTheRangeAboveTheBreakEven() {
        int draws = 40_000;
        UncertaintyResult r = MonteCarlo.run(handCase(), new MonteCarloSettings(draws, 3, Distribution.UNIFORM, 1.0),
                MonteCarlo.Monitor.NONE);
        // P(u > 90) = 110 / 200 and P(u > 15) = 185 / 200; four standard errors of a share.
        assertThat(r.municipalities().get(0).probabilityLoser()).isCloseTo(0.55, within(4 * Math.sqrt(0.55 * 0.45 / draws)));
        assertThat(r.municipalities().get(1).probabilityLoser())
                .isCloseTo(0.925, within(4 * Math.sqrt(0.925 * 0.075 / draws)));
    }

    @Test
    void triangularDrawsLoseInTheShareOfTheTriangleAboveTheBreakEven() {
        int draws = 40_000;
        UncertaintyResult r = MonteCarlo.run(handCase(), new MonteCarloSettings(draws, 5, Distribution.TRIANGULAR, 1.0),
                MonteCarlo.Monitor.NONE);
        // Below the mode the distribution function is u² / (200 × 100): 1 − 8,100 / 20,000 and 1 − 225 / 20,000.
        assertThat(r.municipalities().get(0).probabilityLoser())
                .isCloseTo(0.595, within(4 * Math.sqrt(0.595 * 0.405 / draws)));
        assertThat(r.municipalities().get(1).probabilityLoser())
                .isCloseTo(0.98875, within(4 * Math.sqrt(0.98875 * 0.01125 / draws)));
    }

    @Test
    void aThresholdAboveTheChangeInEveryDrawMakesNoLosers() {
        // The change of B lies between −0.5 and 19.5 per inhabitant in every draw, that of A below 12.
        UncertaintyResult r = MonteCarlo.run(handCase(), new MonteCarloSettings(1_000, 1, Distribution.UNIFORM, 19.5),
                MonteCarlo.Monitor.NONE);
        assertThat(r.municipalities()).allSatisfy(m -> assertThat(m.probabilityLoser()).isZero());
        assertThat(r.municipalities().get(1).p95()).isBetween(17.0, 19.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void probabilitiesAreSharesOfTheDrawsAndZeroOrOneWithoutRanges(long seed) {
        SyntheticWorkload w = SyntheticWorkload.generate(150, 6, 0.05, seed);
        Evaluator evaluator = new Evaluator(w.study());
        Scenario alternative = LinearScenarioPropertiesTest.alternativeOf(w.scenario());
        for (double threshold : new double[] {0, 1, 25}) {
            int draws = 777;
            LinearComparison uncertain = LinearComparison.compile(evaluator, w.scenario(), alternative,
                    ParameterSpace.of(w.study().tasks(), w.scenario().overheads(), 0.3), threshold);
            for (Distribution d : Distribution.values()) {
                UncertaintyResult r = MonteCarlo.run(uncertain, new MonteCarloSettings(draws, seed, d, threshold),
                        MonteCarlo.Monitor.NONE);
                assertThat(r.municipalities()).allSatisfy(m -> {
                    assertThat(m.probabilityLoser()).isBetween(0.0, 1.0);
                    double losing = m.probabilityLoser() * draws;
                    assertThat(losing).isCloseTo(Math.rint(losing), within(1e-6));
                });
            }
            LinearComparison certain = LinearComparison.compile(evaluator, w.scenario(), alternative,
                    ParameterSpace.of(w.study().tasks(), w.scenario().overheads(), 0), threshold);
            UncertaintyResult fixed = MonteCarlo.run(certain,
                    new MonteCarloSettings(50, seed, Distribution.TRIANGULAR, threshold), MonteCarlo.Monitor.NONE);
            List<MunicipalityDelta> base = certain.comparison().municipalities();
            for (int m = 0; m < base.size(); m++) {
                assertThat(fixed.municipalities().get(m).probabilityLoser()).as("municipality %d", m)
                        .isEqualTo(base.get(m).deltaPerInhabitant() > threshold ? 1.0 : 0.0);
            }
        }
    }
}
