package nl.taakdiff.engine.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.MunicipalityResult;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The task-by-task optimum against brute force: every one of the 5^9 rule sets of the small study
 * (3 tasks × 3 classes) evaluated whole with the real Evaluator, the best picked by score, then
 * more pairs at MUNICIPALITY level, then the lowest levels in task and class order.
 */
class ExplorerBruteForceTest {
    private static final int TASKS = 3;
    private static final int CLASSES = 3;
    private static final int CELLS = TASKS * CLASSES;
    private static final Study STUDY = SmallStudy.study();
    private static final Scenario BASE = SmallStudy.base();

    /** Per rule set (its levels read as a base-5 number, first cell most significant). */
    private static double[] cost;
    private static long[] risk;
    private static double[] direct;
    private static long[] own;
    private static boolean[] valid;

    @BeforeAll
    static void evaluateEveryRuleSet() {
        int count = (int) Math.pow(5, CELLS);
        cost = new double[count];
        risk = new long[count];
        direct = new double[count];
        own = new long[count];
        valid = new boolean[count];
        Evaluator evaluator = new Evaluator(STUDY);
        for (int code = 0; code < count; code++) {
            try {
                Evaluation e = evaluator.evaluate(BASE.withRules(rules(code)));
                cost[code] = e.summary().totalCost();
                risk[code] = e.summary().capacityRiskPairs();
                direct[code] = e.summary().directControlCost();
                own[code] = e.municipalities().stream().mapToLong(MunicipalityResult::tasksOwn).sum();
                valid[code] = true;
            } catch (ValidationException pooledWithoutRegion) {
                valid[code] = false;
            }
        }
    }

    @Test
    void someRuleSetsCannotBePooledForWantOfARegion() {
        int invalid = 0;
        for (boolean v : valid) {
            invalid += v ? 0 : 1;
        }
        assertThat(invalid).isPositive();
    }

    @Test
    void optimumEqualsBruteForceAtManyPrices() {
        Explorer explorer = new Explorer(STUDY, BASE);
        double[] riskPrices = {0, 1_000, 50_000, 250_000, 1_000_000, 5_000_000, 100_000_000};
        double[] controlPrices = {0, 0.02, 0.1, 0.5, 3};
        for (double lambda : riskPrices) {
            for (double mu : controlPrices) {
                Prices prices = new Prices(lambda, mu);
                int expected = bruteForce(prices, false);
                Proposal proposal = explorer.optimum(prices, Constraints.NONE);
                assertThat(proposal.scenario().rules()).as("λ=%s μ=%s", lambda, mu).isEqualTo(rules(expected));
                assertThat(proposal.score()).isCloseTo(score(prices, expected), within(prices, expected));
                assertThat(proposal.scenario().overrides()).isEqualTo(BASE.overrides());
            }
        }
    }

    @Test
    void uniformOptimumEqualsBruteForceOverUniformRuleSets() {
        Explorer explorer = new Explorer(STUDY, BASE);
        for (double lambda : new double[] {0, 200_000, 3_000_000}) {
            for (double mu : new double[] {0, 0.3}) {
                Prices prices = new Prices(lambda, mu);
                Proposal proposal = explorer.optimum(prices, Constraints.NONE.withUniformOnly(true));
                assertThat(proposal.scenario().rules()).isEqualTo(rules(bruteForce(prices, true)));
                assertThat(proposal.scenario().isDifferentiated()).isFalse();
            }
        }
    }

    @Test
    void tiesGoToMoreOwnPairsThenToLowerLevels() {
        // Without fixed costs and overheads every allocation costs the same: at zero prices all tie.
        Study noFixed = new Study(STUDY.dataset(), STUDY.tasks().stream()
                .map(t -> new Task(t.code(), t.name(), t.domain(), t.unitCost(), 0, t.minScale(), t.regionType(),
                        t.source()))
                .toList());
        Overheads none = new Overheads(Map.of(Level.CENTRE, 0.0, Level.REGION, 0.0, Level.PROVINCE, 0.0,
                Level.STATE, 0.0));
        Explorer flat = new Explorer(noFixed, BASE.withOverheads(none));
        Proposal all = flat.optimum(Prices.ZERO, Constraints.NONE);
        assertThat(all.scenario().rules()).extracting(Rule::level).containsOnly(Level.MUNICIPALITY);
        // Without MUNICIPALITY the lowest allowed level wins in every class.
        Constraints pooledOnly = new Constraints(Map.of("VR", Set.of(Level.STATE, Level.PROVINCE, Level.REGION)),
                false);
        Proposal pooled = flat.optimum(Prices.ZERO, pooledOnly);
        assertThat(pooled.scenario().rules().stream().filter(r -> r.taskCode().equals("VR")))
                .extracting(Rule::level).containsOnly(Level.REGION);
    }

    private static org.assertj.core.data.Offset<Double> within(Prices prices, int code) {
        return org.assertj.core.data.Offset.offset(1e-9 * Math.abs(score(prices, code)));
    }

    private static double score(Prices prices, int code) {
        return prices.score(cost[code], risk[code], direct[code]);
    }

    private static int bruteForce(Prices prices, boolean uniform) {
        int best = -1;
        for (int code = 0; code < valid.length; code++) {
            if (!valid[code] || (uniform && !isUniform(code))) {
                continue;
            }
            if (best < 0) {
                best = code;
                continue;
            }
            double s = score(prices, code);
            double b = score(prices, best);
            double tolerance = 1e-12 * Math.max(Math.abs(s), Math.abs(b));
            // codes ascend in task and class order, so the first of equals has the lowest levels
            if (s < b - tolerance || (Math.abs(s - b) <= tolerance && own[code] > own[best])) {
                best = code;
            }
        }
        return best;
    }

    private static boolean isUniform(int code) {
        int[] levels = digits(code);
        for (int t = 0; t < TASKS; t++) {
            for (int c = 1; c < CLASSES; c++) {
                if (levels[t * CLASSES + c] != levels[t * CLASSES]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] digits(int code) {
        int[] levels = new int[CELLS];
        for (int i = CELLS - 1; i >= 0; i--) {
            levels[i] = code % 5;
            code /= 5;
        }
        return levels;
    }

    private static List<Rule> rules(int code) {
        int[] levels = digits(code);
        List<Rule> rules = new ArrayList<>(CELLS);
        for (int t = 0; t < TASKS; t++) {
            for (int c = 0; c < CLASSES; c++) {
                rules.add(new Rule(STUDY.tasks().get(t).code(), SmallStudy.TIERING.lowerBounds().get(c),
                        Level.ofOrdinal(levels[t * CLASSES + c])));
            }
        }
        return rules;
    }
}
