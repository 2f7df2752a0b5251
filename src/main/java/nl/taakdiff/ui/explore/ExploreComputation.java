package nl.taakdiff.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.FrontierPoint;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.explore.Prices;
import nl.taakdiff.engine.explore.Proposal;
import nl.taakdiff.engine.explore.UniformityPoint;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;

/**
 * The explorer's work for the view, run on the compute thread. What does not depend on the risk
 * price (the explorer's tables, the frontiers, the scenarios' points) is kept between runs, so a
 * moved risk-price slider costs two optima and nothing more.
 */
public final class ExploreComputation {
    /** A scenario of the workbook as a point of the chart. */
    public record ScenarioPoint(String name, double cost, long riskPairs) {
    }

    /** What one run needs; immutable values copied on the FX thread. */
    record Input(long request, Study study, Evaluator evaluator, Scenario base, List<Scenario> scenarios,
                 Prices prices, Constraints constraints, PriceRange riskPrices) {
    }

    /** What the view shows. {@code uniformity} compares the best differentiated and uniform rule sets at the prices. */
    public record Result(long request, Proposal proposal, Evaluation base, UniformityPoint uniformity,
                  List<FrontierPoint> frontier, List<FrontierPoint> uniformFrontier, List<ScenarioPoint> scenarios) {
    }

    private Explorer explorer;
    private Object frontierKey;
    private List<FrontierPoint> frontier = List.of();
    private List<FrontierPoint> uniformFrontier = List.of();
    private Object pointsKey;
    private List<ScenarioPoint> points = List.of();
    private Evaluation base;

    synchronized Result run(Input in) {
        if (explorer == null || explorer.study() != in.study() || !explorer.base().equals(in.base())) {
            explorer = new Explorer(in.study(), in.base());
            base = in.evaluator().evaluate(in.base());
            frontierKey = null;
        }
        Constraints free = in.constraints().withUniformOnly(false);
        Object key = List.of(explorer, in.prices().control(), free, in.riskPrices());
        if (!key.equals(frontierKey)) {
            frontier = explorer.frontier(in.prices().control(), in.riskPrices(), free);
            uniformFrontier = explorer.uniformFrontier(in.prices().control(), in.riskPrices(), free);
            frontierKey = key;
        }
        Object scenariosKey = List.of(in.study(), in.scenarios());
        if (!Objects.equals(scenariosKey, pointsKey)) {
            List<ScenarioPoint> list = new ArrayList<>();
            for (Scenario s : in.scenarios()) {
                try {
                    Evaluation e = in.evaluator().evaluate(s);
                    list.add(new ScenarioPoint(s.name(), e.summary().totalCost(), e.summary().capacityRiskPairs()));
                } catch (ValidationException invalid) {
                    // a scenario that cannot be evaluated has no point; the Compare view names its problems
                }
            }
            points = List.copyOf(list);
            pointsKey = scenariosKey;
        }
        Proposal differentiated = explorer.optimum(in.prices(), free);
        Proposal uniform = explorer.optimum(in.prices(), free.withUniformOnly(true));
        Proposal proposal = in.constraints().uniformOnly() ? uniform : differentiated;
        return new Result(in.request(), proposal, base, new UniformityPoint(in.prices().risk(), differentiated, uniform),
                frontier, uniformFrontier, points);
    }
}
