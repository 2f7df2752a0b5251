package nl.taakdiff.engine.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.testing.Demo;
import org.junit.jupiter.api.Test;

/** Properties of the explorer on the bundled data set and the demo scenarios. */
class ExplorerPropertiesTest {
    private static final Study STUDY = Demo.STUDY;
    private static final Prices[] PRICES = {
        Prices.ZERO, new Prices(10_000, 0), new Prices(250_000, 0), new Prices(5_000_000, 0),
        new Prices(0, 0.05), new Prices(100_000, 0.2), new Prices(1_000_000, 1.5),
    };

    @Test
    void optimumNeverScoresWorseThanADemoScenario() throws Exception {
        for (String name : List.of("current-situation", "differentiated-by-scale")) {
            Scenario demo = Demo.scenario(name);
            Explorer explorer = new Explorer(STUDY, demo);
            double demoCost = Evaluator.evaluate(STUDY, demo).summary().totalCost();
            for (Prices prices : PRICES) {
                double demoScore = prices.score(Evaluator.evaluate(STUDY, demo).summary());
                Proposal best = explorer.optimum(prices, Constraints.NONE);
                assertThat(best.score()).as("%s at %s", name, prices)
                        .isLessThanOrEqualTo(demoScore + 1e-9 * demoScore);
            }
            assertThat(explorer.optimum(Prices.ZERO, Constraints.NONE).summary().totalCost())
                    .isLessThanOrEqualTo(demoCost);
        }
    }

    @Test
    void uniformOnlyIsUniformAndNeverBeatsTheDifferentiatedOptimum() throws Exception {
        Explorer explorer = new Explorer(STUDY, Demo.scenario("current-situation"));
        for (Prices prices : PRICES) {
            Proposal uniform = explorer.optimum(prices, Constraints.NONE.withUniformOnly(true));
            Proposal free = explorer.optimum(prices, Constraints.NONE);
            assertThat(uniform.scenario().isDifferentiated()).isFalse();
            assertThat(uniform.uniform()).isTrue();
            assertThat(uniform.score()).isGreaterThanOrEqualTo(free.score() - 1e-9 * free.score());
        }
        List<UniformityPoint> points = explorer.uniformity(0, PriceRange.parse("0:2000000:9"), Constraints.NONE);
        assertThat(points).hasSize(9);
        for (UniformityPoint p : points) {
            assertThat(p.priceOfUniformity()).isGreaterThanOrEqualTo(-1e-6 * p.uniform().score());
            assertThat(p.uniform().scenario().isDifferentiated()).isFalse();
        }
    }

    @Test
    void frontierRiskNeverRisesAndWithoutControlPriceCostNeverFalls() throws Exception {
        Explorer explorer = new Explorer(STUDY, Demo.scenario("current-situation"));
        for (double mu : new double[] {0, 0.3}) {
            List<FrontierPoint> frontier = explorer.frontier(mu, PriceRange.parse("0:3000000:60"), Constraints.NONE);
            assertThat(frontier.size()).isGreaterThan(1);
            for (int i = 1; i < frontier.size(); i++) {
                FrontierPoint before = frontier.get(i - 1);
                FrontierPoint after = frontier.get(i);
                assertThat(after.riskPrice()).isGreaterThan(before.riskPrice());
                assertThat(after.proposal().scenario().rules()).isNotEqualTo(before.proposal().scenario().rules());
                assertThat(after.proposal().summary().capacityRiskPairs())
                        .isLessThanOrEqualTo(before.proposal().summary().capacityRiskPairs());
                if (mu == 0) {
                    assertThat(after.proposal().summary().totalCost())
                            .isGreaterThanOrEqualTo(before.proposal().summary().totalCost() * (1 - 1e-12));
                }
            }
        }
    }

    @Test
    void allowedLevelsAreRespectedAndOverridesKept() throws Exception {
        Scenario base = Demo.scenario("current-situation").withOverrides(List.of(
                new LevelOverride(STUDY.dataset().municipalities().get(0).code(), STUDY.tasks().get(0).code(),
                        Level.STATE, "test")));
        Explorer explorer = new Explorer(STUDY, base);
        String first = STUDY.tasks().get(0).code();
        String second = STUDY.tasks().get(1).code();
        Constraints constraints = new Constraints(Map.of(first, Set.of(Level.MUNICIPALITY, Level.CENTRE),
                second, Set.of(Level.PROVINCE)), false);
        for (Prices prices : PRICES) {
            Proposal p = explorer.optimum(prices, constraints);
            for (Rule r : p.scenario().rules()) {
                assertThat(constraints.isAllowed(r.taskCode(), r.level())).isTrue();
            }
            assertThat(p.scenario().rules().stream().filter(r -> r.taskCode().equals(second)))
                    .extracting(Rule::level).containsOnly(Level.PROVINCE);
            assertThat(p.scenario().overrides()).isEqualTo(base.overrides());
            assertThat(p.scenario().tiering()).isEqualTo(base.tiering());
        }
    }

    @Test
    void subsetMethodAgreesWithEnumerationOnTheCbsClasses() throws Exception {
        Tiering cbs = Tiering.of(0, 5_000, 10_000, 20_000, 50_000, 100_000, 150_000, 250_000);
        List<Rule> rules = STUDY.tasks().stream().flatMap(t -> cbs.lowerBounds().stream()
                .map(b -> new Rule(t.code(), b, Level.MUNICIPALITY))).toList();
        Scenario base = new Scenario("cbs", "", cbs, rules, List.of(), nl.taakdiff.model.Overheads.DEFAULT);
        Explorer explorer = new Explorer(STUDY, base);
        Random random = new Random(7);
        boolean[] all = {true, true, true, true, true};
        for (int round = 0; round < 4; round++) {
            Prices prices = new Prices(random.nextInt(3) * random.nextDouble() * 2_000_000, random.nextDouble());
            boolean[] allowed = round % 2 == 0 ? all : randomAllowed(random);
            for (int t = 0; t < STUDY.tasks().size(); t++) {
                assertThat(TaskOptimiser.bestBySubsets(explorer.table(t), prices, allowed))
                        .as("task %d at %s", t, prices)
                        .isEqualTo(TaskOptimiser.bestByEnumeration(explorer.table(t), prices, allowed));
            }
        }
        // with eight classes the explorer takes the subset method
        Proposal p = explorer.optimum(new Prices(500_000, 0), Constraints.NONE);
        assertThat(p.scenario().rules()).hasSize(STUDY.tasks().size() * 8);
    }

    @Test
    void tableFiguresAreTheEvaluatorsFigures() throws Exception {
        Explorer explorer = new Explorer(STUDY, Demo.scenario("differentiated-by-scale"));
        Proposal p = explorer.optimum(new Prices(300_000, 0.1), Constraints.NONE);
        double cost = 0;
        double direct = 0;
        long risk = 0;
        for (int t = 0; t < STUDY.tasks().size(); t++) {
            TaskTable table = explorer.table(t);
            int[] masks = new int[5];
            for (int c = 0; c < table.classCount; c++) {
                Level level = p.scenario().rules().get(t * table.classCount + c).level();
                masks[level.ordinal()] |= 1 << c;
            }
            for (int level = 0; level < 5; level++) {
                cost += table.cost[level][masks[level]];
                direct += table.direct[level][masks[level]];
                risk += table.risk[level][masks[level]];
            }
        }
        assertThat(cost).isCloseTo(p.summary().totalCost(), within(1e-6 * cost));
        assertThat(direct).isCloseTo(p.summary().directControlCost(), within(1e-6 * cost));
        assertThat(risk).isEqualTo(p.summary().capacityRiskPairs());
    }

    @Test
    void impossibleConstraintsAreNamed() throws Exception {
        Explorer explorer = new Explorer(STUDY, Demo.scenario("current-situation"));
        assertThatThrownBy(() -> explorer.optimum(Prices.ZERO,
                new Constraints(Map.of("NO-SUCH-TASK", Set.of(Level.STATE)), false)))
                .isInstanceOf(ExplorationException.class).hasMessageContaining("NO-SUCH-TASK");
        Task task = STUDY.tasks().get(0);
        List<nl.taakdiff.model.Municipality> municipalities = new java.util.ArrayList<>(STUDY.dataset().municipalities());
        var lonely = municipalities.get(0);
        municipalities.set(0, new nl.taakdiff.model.Municipality(lonely.code(), lonely.name(), lonely.province(),
                lonely.population(), Map.of()));
        Study withoutRegion = new Study(new nl.taakdiff.model.Dataset("x", municipalities), STUDY.tasks());
        Scenario current = Demo.scenario("current-situation");
        Scenario allOwn = current.withRules(current.rules().stream()
                .map(r -> new Rule(r.taskCode(), r.minPopulation(), Level.MUNICIPALITY)).toList());
        Explorer gap = new Explorer(withoutRegion, allOwn);
        assertThatThrownBy(() -> gap.optimum(Prices.ZERO,
                new Constraints(Map.of(task.code(), Set.of(Level.REGION)), false)))
                .isInstanceOf(ExplorationException.class)
                .hasMessageContaining(task.code()).hasMessageContaining(lonely.code());
    }

    @Test
    void priceRangesAreParsedAndChecked() {
        PriceRange r = PriceRange.parse("0:1000000:5");
        assertThat(r.values()).containsExactly(0, 250_000, 500_000, 750_000, 1_000_000);
        assertThat(PriceRange.parse("7:7:1").values()).containsExactly(7);
        for (String bad : List.of("0:10", "a:1:2", "0:1:x", "5:1:3", "0:1:1", "-1:1:2", "0:1:0")) {
            assertThatThrownBy(() -> PriceRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static boolean[] randomAllowed(Random random) {
        boolean[] allowed = new boolean[5];
        allowed[random.nextInt(5)] = true;
        for (int l = 0; l < 5; l++) {
            allowed[l] |= random.nextBoolean();
        }
        return allowed;
    }
}
