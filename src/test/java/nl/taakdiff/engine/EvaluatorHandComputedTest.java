package nl.taakdiff.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed case of {@link HandComputedCase}, every metric asserted.
 *
 * <pre>
 * T1 (unit 100, fixed 1000, min 50,000)
 *   centre R1 = A+B+C, P 100,000: 1000 + 100 × 100,000 × 1.03 = 10,301,000; host C
 *     A 1,030,100  B 3,090,300  C 6,180,600
 *   D own: 1000 + 100 × 150,000 = 15,001,000
 * T2 (unit 10, fixed 0, min 0)
 *   region R1 = A+B, P 40,000: 10 × 40,000 × 1.08 = 432,000 → A 108,000  B 324,000
 *   province P2 = C+D, P 210,000: 10 × 210,000 × 1.05 = 2,205,000 → C 630,000  D 1,575,000
 * T3 (unit 1, fixed 0, min 200,000)
 *   B own (override): 30,000 — below 200,000: capacity risk
 *   state = A+C+D, P 220,000: 220,000 × 1.02 = 224,400 → A 10,200  C 61,200  D 153,000
 * total 28,193,400; municipal 25,764,000; province 2,205,000; state 224,400
 * direct control: 15,001,000 + 30,000 + 6,180,600 (host C) = 21,211,600
 * </pre>
 */
class EvaluatorHandComputedTest {
    private static final double CENT = 1e-6;

    private final Evaluation evaluation = Evaluator.evaluate(HandComputedCase.study(), HandComputedCase.scenario());

    @Test
    void summaryMetrics() {
        Summary s = evaluation.summary();
        assertThat(s.population()).isEqualTo(250_000);
        assertThat(s.totalCost()).isCloseTo(28_193_400, within(CENT));
        assertThat(s.costPerInhabitant()).isCloseTo(28_193_400 / 250_000.0, within(1e-9));
        assertThat(s.municipalCost()).isCloseTo(25_764_000, within(CENT));
        assertThat(s.provinceCost()).isCloseTo(2_205_000, within(CENT));
        assertThat(s.stateCost()).isCloseTo(224_400, within(CENT));
        assertThat(s.organisations()).isEqualTo(6);
        assertThat(s.jointArrangements()).isEqualTo(2);
        assertThat(s.capacityRiskPairs()).isEqualTo(1);
        assertThat(s.capacityRiskMunicipalities()).isEqualTo(1);
        assertThat(s.directControlShare()).isCloseTo(21_211_600 / 28_193_400.0, within(1e-12));
        assertThat(s.taskPackages()).isEqualTo(4);
        assertThat(s.costByLevel()).containsEntry(Level.MUNICIPALITY, 15_031_000.0)
                .containsEntry(Level.CENTRE, 10_301_000.0).containsEntry(Level.REGION, 432_000.0)
                .containsEntry(Level.PROVINCE, 2_205_000.0);
        assertThat(s.costByLevel().get(Level.STATE)).isCloseTo(224_400, within(CENT));
    }

    @Test
    void metricValuesFollowTheSummary() {
        Summary s = evaluation.summary();
        assertThat(s.value(Metric.TOTAL_COST)).isEqualTo(s.totalCost());
        assertThat(s.value(Metric.TASK_PACKAGES)).isEqualTo(4);
        assertThat(s.value(Metric.DIRECT_CONTROL_SHARE)).isEqualTo(s.directControlShare());
        assertThat(Metric.values()).extracting(Metric::key).containsExactly("total_cost", "cost_per_inhabitant",
                "municipal_cost", "province_cost", "state_cost", "organisations", "joint_arrangements",
                "capacity_risk_pairs", "capacity_risk_municipalities", "direct_control_share", "task_packages");
    }

    @Test
    void perMunicipality() {
        List<MunicipalityResult> m = evaluation.municipalities();
        assertThat(m).extracting(MunicipalityResult::code).containsExactly("A", "B", "C", "D");
        assertMunicipality(m.get(0), 1_148_300, 0, 0);
        assertMunicipality(m.get(1), 3_444_300, 1, 1);
        assertMunicipality(m.get(2), 6_871_800, 0, 0);
        assertMunicipality(m.get(3), 16_729_000, 1, 0);
        assertThat(m.get(3).costPerInhabitant()).isCloseTo(16_729_000 / 150_000.0, within(1e-9));
        assertThat(m.get(1).sizeClass().lower()).isEqualTo(20_000);
    }

    private static void assertMunicipality(MunicipalityResult r, double cost, int own, int risk) {
        assertThat(r.cost()).as(r.code()).isCloseTo(cost, within(CENT));
        assertThat(r.tasksOwn()).as(r.code()).isEqualTo(own);
        assertThat(r.capacityRiskTasks()).as(r.code()).isEqualTo(risk);
    }

    @Test
    void perTask() {
        List<TaskResult> t = evaluation.tasks();
        assertThat(t).extracting(TaskResult::taskCode).containsExactly("T1", "T2", "T3");
        assertThat(t).extracting(TaskResult::organisations).containsExactly(2, 2, 2);
        assertThat(t.get(0).cost()).isCloseTo(25_302_000, within(CENT));
        assertThat(t.get(1).cost()).isCloseTo(2_637_000, within(CENT));
        assertThat(t.get(2).cost()).isCloseTo(254_400, within(CENT));
        assertThat(t).extracting(TaskResult::capacityRiskMunicipalities).containsExactly(0, 0, 1);
        assertThat(t).extracting(TaskResult::servedPopulation).containsOnly(250_000L);
    }

    @Test
    void perSizeClass() {
        List<ClassResult> c = evaluation.classes();
        assertThat(c).extracting(r -> r.sizeClass().lower()).containsExactly(0L, 20_000L, 50_000L, 100_000L);
        assertThat(c).extracting(ClassResult::municipalities).containsExactly(1, 1, 1, 1);
        assertThat(c).extracting(ClassResult::population).containsExactly(10_000L, 30_000L, 60_000L, 150_000L);
        assertThat(c.get(0).cost()).isCloseTo(1_148_300, within(CENT));
        assertThat(c.get(0).costPerInhabitant()).isCloseTo(114.83, within(1e-9));
        assertThat(c.get(2).costPerInhabitant()).isCloseTo(114.53, within(1e-9));
    }

    @Test
    void levelsFollowRulesAndOverrides() {
        LevelMatrix levels = evaluation.levels();
        assertThat(levels.level(0, 0)).isEqualTo(Level.CENTRE);
        assertThat(levels.level(3, 0)).isEqualTo(Level.MUNICIPALITY);
        assertThat(levels.level(1, 2)).isEqualTo(Level.MUNICIPALITY); // the override
        assertThat(levels.level(0, 2)).isEqualTo(Level.STATE);
    }

    @Test
    void taskPackagesCompareWholeLevelVectors() {
        Study study = HandComputedCase.study();
        Scenario base = HandComputedCase.scenario();
        List<nl.taakdiff.model.LevelOverride> overrides = new java.util.ArrayList<>(base.overrides());
        // An override that repeats the rule changes nothing.
        overrides.add(new nl.taakdiff.model.LevelOverride("A", "T1", Level.CENTRE));
        assertThat(Evaluator.evaluate(study, base.withOverrides(overrides)).summary().taskPackages()).isEqualTo(4);
        // A now carries B's package (centre, region, own) although they are in different size classes.
        overrides.add(new nl.taakdiff.model.LevelOverride("A", "T3", Level.MUNICIPALITY));
        assertThat(Evaluator.evaluate(study, base.withOverrides(overrides)).summary().taskPackages()).isEqualTo(3);
    }

    @Test
    void centreHostIsLargestMemberAndTiesGoToLowestCode() {
        Study study = new Study(new Dataset("tie", List.of(
                HandComputedCase.municipality("GM2", "P", 30_000, "R"),
                HandComputedCase.municipality("GM1", "P", 30_000, "R"),
                HandComputedCase.municipality("GM3", "P", 10_000, "R"))),
                List.of(new nl.taakdiff.model.Task("T", "t", "d", 10, 0, 0, HandComputedCase.VR, "s")));
        Scenario centre = HandComputedCase.uniform(study, Level.CENTRE);
        Summary s = Evaluator.evaluate(study, centre).summary();
        // Organisation cost 10 × 70,000 × 1.03 = 721,000; GM1 hosts and carries 3/7 of it.
        assertThat(s.totalCost()).isCloseTo(721_000, within(CENT));
        assertThat(s.directControlShare()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(s.jointArrangements()).isEqualTo(1);
    }

    @Test
    void singleMemberCentreIsAnOrganisationButNoJointArrangement() {
        Study study = new Study(new Dataset("one", List.of(
                HandComputedCase.municipality("GM1", "P", 30_000, "R1"),
                HandComputedCase.municipality("GM2", "P", 30_000, "R2"))),
                List.of(new nl.taakdiff.model.Task("T", "t", "d", 10, 500, 40_000, HandComputedCase.VR, "s")));
        Summary s = Evaluator.evaluate(study, HandComputedCase.uniform(study, Level.REGION)).summary();
        assertThat(s.organisations()).isEqualTo(2);
        assertThat(s.jointArrangements()).isZero();
        assertThat(s.capacityRiskPairs()).isEqualTo(2);
        assertThat(s.directControlShare()).isZero();
        assertThat(s.totalCost()).isCloseTo(2 * (500 + 10 * 30_000 * 1.08), within(CENT));
    }

    @Test
    void provincesPoolOnlyWithinTheirProvince() {
        Municipality a = new Municipality("A", "a", "P1", 100, Map.of());
        Municipality b = new Municipality("B", "b", "P1", 300, Map.of());
        Municipality c = new Municipality("C", "c", "P2", 600, Map.of());
        Study study = new Study(new Dataset("p", List.of(a, b, c)),
                List.of(new nl.taakdiff.model.Task("T", "t", "d", 1, 1000, 0, "none", "s")));
        Evaluation e = Evaluator.evaluate(study, HandComputedCase.uniform(study, Level.PROVINCE));
        assertThat(e.summary().organisations()).isEqualTo(2);
        // P1: 1000 + 400 × 1.05 = 1420, A carries a quarter.
        assertThat(e.municipalities().get(0).cost()).isCloseTo(355, within(CENT));
        assertThat(e.summary().provinceCost()).isCloseTo(1420 + 1000 + 600 * 1.05, within(CENT));
        assertThat(e.summary().municipalCost()).isZero();
    }
}
