package nl.taakdiff.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Problem.Subject;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.Test;

/** One test per validation error, each checking the message and the record it points at. */
class ValidatorTest {
    private final Study study = HandComputedCase.study();
    private final Scenario scenario = HandComputedCase.scenario();

    @Test
    void validInputHasNoProblems() {
        assertThat(Validator.validate(study, scenario)).isEmpty();
    }

    @Test
    void duplicateMunicipalityCode() {
        List<Municipality> m = new ArrayList<>(study.dataset().municipalities());
        m.add(HandComputedCase.municipality("B", "P1", 5, "R1"));
        assertThat(Validator.validate(withMunicipalities(m), scenario))
                .containsExactly(new Problem(Subject.MUNICIPALITY, 4, "duplicate municipality code B"));
    }

    @Test
    void populationMustBeAboveZero() {
        List<Municipality> m = new ArrayList<>(study.dataset().municipalities());
        m.set(2, HandComputedCase.municipality("C", "P2", 0, "R1"));
        assertThat(Validator.validate(withMunicipalities(m), scenario)).contains(
                new Problem(Subject.MUNICIPALITY, 2, "municipality C has population 0; it must be above 0"));
    }

    @Test
    void duplicateTaskCodeAndNegativeFigures() {
        List<Task> tasks = new ArrayList<>(study.tasks());
        tasks.add(new Task("T2", "again", "d", -1, 0, 0, "vr", "s"));
        List<Problem> problems = Validator.validate(new Study(study.dataset(), tasks), scenario);
        assertThat(problems).contains(new Problem(Subject.TASK, 3, "duplicate task code T2"),
                new Problem(Subject.TASK, 3, "task T2 has unit_cost -1.0; it must be a finite number of at least 0"));
    }

    @Test
    void tieringMustStartAtZero() {
        Scenario s = scenario.withTiering(Tiering.of(1000, 20_000));
        assertThat(Validator.validate(study, s))
                .containsExactly(new Problem(Subject.TIERING, 0, "the tiering must start at 0, not at 1000"));
    }

    @Test
    void tieringMustIncreaseStrictly() {
        Scenario s = scenario.withTiering(Tiering.of(0, 50_000, 50_000, 20_000));
        assertThat(Validator.validate(study, s)).containsExactly(
                new Problem(Subject.TIERING, 2, "the tiering must increase strictly: 50000 follows 50000"),
                new Problem(Subject.TIERING, 3, "the tiering must increase strictly: 20000 follows 50000"));
    }

    @Test
    void everyMissingRuleIsListed() {
        List<Rule> rules = new ArrayList<>(scenario.rules());
        rules.remove(7); // T2 at 100,000+
        rules.remove(0); // T1 at 0
        assertThat(Validator.validate(study, scenario.withRules(rules))).containsExactly(
                new Problem(Subject.TASK, 0, "no rule for task T1 in size class [0, 20000)"),
                new Problem(Subject.TASK, 1, "no rule for task T2 in size class [100000, \u221e)"));
    }

    @Test
    void ruleForUnknownTaskOrSizeClassOrTwice() {
        List<Rule> rules = new ArrayList<>(scenario.rules());
        rules.add(new Rule("T9", 0, Level.STATE));
        rules.add(new Rule("T1", 30_000, Level.STATE));
        rules.add(new Rule("T1", 0, Level.STATE));
        assertThat(Validator.validate(study, scenario.withRules(rules))).containsExactly(
                new Problem(Subject.RULE, 12, "rule for unknown task T9"),
                new Problem(Subject.RULE, 13, "rule for task T1 names min_population 30000, which is not the"
                        + " lower bound of a size class (tiering 0,20000,50000,100000)"),
                new Problem(Subject.RULE, 14, "duplicate rule for task T1 in size class [0, 20000)"));
    }

    @Test
    void overrideForUnknownMunicipalityOrTaskOrTwice() {
        List<LevelOverride> overrides = new ArrayList<>(scenario.overrides());
        overrides.add(new LevelOverride("X", "T1", Level.STATE));
        overrides.add(new LevelOverride("A", "T7", Level.STATE));
        overrides.add(new LevelOverride("B", "T3", Level.STATE));
        assertThat(Validator.validate(study, scenario.withOverrides(overrides))).containsExactly(
                new Problem(Subject.OVERRIDE, 1, "override for unknown municipality X"),
                new Problem(Subject.OVERRIDE, 2, "override for unknown task T7"),
                new Problem(Subject.OVERRIDE, 3, "duplicate override for municipality B and task T3"));
    }

    @Test
    void municipalityWithoutTheRegionItsTaskNeeds() {
        List<Municipality> m = new ArrayList<>(study.dataset().municipalities());
        m.set(0, new Municipality("A", "a", "P1", 10_000, Map.of()));
        assertThat(Validator.validate(withMunicipalities(m), scenario)).containsExactly(
                new Problem(Subject.MUNICIPALITY, 0, "municipality A has no vr, which task T1 needs at level centre"),
                new Problem(Subject.MUNICIPALITY, 0, "municipality A has no vr, which task T2 needs at level region"));
    }

    @Test
    void regionIsNotNeededWhereNoTaskPoolsByRegion() {
        List<Municipality> m = new ArrayList<>(study.dataset().municipalities());
        m.set(3, new Municipality("D", "d", "P2", 150_000, Map.of()));
        assertThat(Validator.validate(withMunicipalities(m), scenario)).isEmpty();
    }

    @Test
    void negativeOverhead() {
        Scenario s = scenario.withOverheads(scenario.overheads().with(Level.REGION, -0.1));
        assertThat(Validator.validate(study, s)).containsExactly(
                new Problem(Subject.OVERHEAD, 2, "overhead for region is -0.1; it must be a finite number of at least 0"));
    }

    @Test
    void evaluatorRefusesWithEveryProblem() {
        Scenario s = scenario.withTiering(Tiering.of(5)).withOverheads(scenario.overheads().with(Level.STATE, -1));
        assertThatThrownBy(() -> Evaluator.evaluate(study, s))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("and 1 more problems");
    }

    private Study withMunicipalities(List<Municipality> municipalities) {
        return new Study(new Dataset("test", municipalities), study.tasks());
    }
}
