package nl.taakdiff.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties that hold for any study and scenario, checked on seeded synthetic workloads. */
class EvaluatorPropertiesTest {

    private static SyntheticWorkload workload(long seed) {
        return SyntheticWorkload.generate(400, 15, 0.02, seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void scenarioComparedWithItselfHasZeroDeltas(long seed) {
        SyntheticWorkload w = workload(seed);
        Evaluator evaluator = new Evaluator(w.study());
        Comparison c = Comparison.of(evaluator.evaluate(w.scenario()), evaluator.evaluate(w.scenario()));
        assertThat(c.metrics()).allSatisfy(m -> {
            assertThat(m.delta()).as(m.metric().key()).isZero();
            if (m.baseline() != 0) {
                assertThat(m.deltaPct()).as(m.metric().key()).isZero();
            }
        });
        assertThat(c.classes()).allSatisfy(k -> assertThat(k.deltaPerInhabitant()).isZero());
        assertThat(c.municipalities()).allSatisfy(m -> {
            assertThat(m.delta()).isZero();
            assertThat(m.outcome()).isEqualTo(Outcome.UNCHANGED);
        });
        assertThat(c.winners()).isEmpty();
        assertThat(c.losers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void attributedCostsSumToTotalCost(long seed) {
        Evaluation e = Evaluator.evaluate(workload(seed).study(), workload(seed).scenario());
        double total = e.summary().totalCost();
        double byMunicipality = e.municipalities().stream().mapToDouble(MunicipalityResult::cost).sum();
        double byClass = e.classes().stream().mapToDouble(ClassResult::cost).sum();
        double byTask = e.tasks().stream().mapToDouble(TaskResult::cost).sum();
        double byPayer = e.summary().municipalCost() + e.summary().provinceCost() + e.summary().stateCost();
        double byLevel = e.summary().costByLevel().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(byMunicipality).isCloseTo(total, within(total * 1e-12));
        assertThat(byClass).isCloseTo(total, within(total * 1e-12));
        assertThat(byTask).isCloseTo(total, within(total * 1e-12));
        assertThat(byPayer).isCloseTo(total, within(total * 1e-12));
        assertThat(byLevel).isCloseTo(total, within(total * 1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void populationIsConservedPerTaskAndPerClass(long seed) {
        SyntheticWorkload w = workload(seed);
        Evaluation e = Evaluator.evaluate(w.study(), w.scenario());
        long population = w.study().dataset().totalPopulation();
        assertThat(e.summary().population()).isEqualTo(population);
        assertThat(e.tasks()).allSatisfy(t -> assertThat(t.servedPopulation()).isEqualTo(population));
        assertThat(e.classes().stream().mapToLong(ClassResult::population).sum()).isEqualTo(population);
        assertThat(e.classes().stream().mapToInt(ClassResult::municipalities).sum())
                .isEqualTo(w.study().dataset().municipalities().size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42})
    void uniformScenarioWithoutOverridesHasOneTaskPackage(long seed) {
        SyntheticWorkload w = workload(seed);
        // Every class takes the level the first class has in the synthetic scenario.
        List<Rule> uniform = new ArrayList<>();
        for (Rule rule : w.scenario().rules()) {
            Level first = w.scenario().rules().stream().filter(r -> r.taskCode().equals(rule.taskCode()))
                    .findFirst().orElseThrow().level();
            uniform.add(new Rule(rule.taskCode(), rule.minPopulation(), first));
        }
        Scenario scenario = w.scenario().withRules(uniform).withOverrides(List.of());
        assertThat(scenario.isDifferentiated()).isFalse();
        assertThat(Evaluator.evaluate(w.study(), scenario).summary().taskPackages()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42})
    void allMunicipalityScenarioHasOneOrganisationPerPairAndFullDirectControl(long seed) {
        Study study = workload(seed).study();
        Summary s = Evaluator.evaluate(study, HandComputedCase.uniformOver(study, SyntheticWorkload.TIERING,
                Level.MUNICIPALITY)).summary();
        int municipalities = study.dataset().municipalities().size();
        assertThat(s.taskPackages()).isEqualTo(1);
        assertThat(s.organisations()).isEqualTo(municipalities * study.tasks().size());
        assertThat(s.jointArrangements()).isZero();
        assertThat(s.directControlShare()).isCloseTo(1.0, within(1e-12));
        assertThat(s.municipalCost()).isEqualTo(s.totalCost());
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void taskPackagesCountDistinctLevelVectors(long seed) {
        // Few tasks and many overrides: many municipalities share a package within and across classes.
        SyntheticWorkload w = SyntheticWorkload.generate(3000, 4, 0.05, seed);
        Evaluation e = Evaluator.evaluate(w.study(), w.scenario());
        LevelMatrix levels = e.levels();
        java.util.Set<List<Level>> vectors = new java.util.HashSet<>();
        for (int m = 0; m < levels.municipalityCount(); m++) {
            List<Level> vector = new ArrayList<>();
            for (int t = 0; t < levels.taskCount(); t++) {
                vector.add(levels.level(m, t));
            }
            vectors.add(vector);
        }
        assertThat(e.summary().taskPackages()).isEqualTo(vectors.size());
    }
}
