package nl.taakdiff.io;

import java.util.List;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.Summary;
import nl.taakdiff.engine.explore.FrontierPoint;
import nl.taakdiff.engine.explore.Proposal;
import nl.taakdiff.engine.explore.UniformityPoint;
import nl.taakdiff.model.Rule;

/** The result tables of {@code taakdiff explore}, in machine format (see the README). */
public final class ExploreTables {
    private ExploreTables() {
    }

    /** The optimal allocation in the allocation file format, so that it can be imported as a scenario. */
    public static Table rules(Proposal proposal) {
        Table.Builder table = new Table.Builder().text("task_code").number("min_population").text("level");
        for (Rule r : proposal.scenario().rules()) {
            table.row(r.taskCode(), Long.toString(r.minPopulation()), r.level().code());
        }
        return table.build();
    }

    /** The metrics of calculation.md §2.6 and the score. */
    public static Table summary(Proposal proposal) {
        Table.Builder table = new Table.Builder().text("metric").number("value");
        Summary summary = proposal.summary();
        for (Metric metric : Metric.values()) {
            table.row(metric.key(), ResultTables.format(metric.unit(), summary.value(metric)));
        }
        table.row("score", Numbers.money(proposal.score()));
        return table.build();
    }

    /** One row per distinct optimum over the risk prices. */
    public static Table frontier(List<FrontierPoint> points) {
        Table.Builder table = new Table.Builder().number("risk_price").number("total_cost")
                .number("capacity_risk_pairs").number("direct_control_share").number("score");
        for (FrontierPoint p : points) {
            Summary s = p.proposal().summary();
            table.row(Numbers.money(p.riskPrice()), Numbers.money(s.totalCost()),
                    Long.toString(s.capacityRiskPairs()), Numbers.share(s.directControlShare()),
                    Numbers.money(p.proposal().score()));
        }
        return table.build();
    }

    /** At each risk price the best differentiated and best uniform rule sets, and the score difference. */
    public static Table uniformity(List<UniformityPoint> points) {
        Table.Builder table = new Table.Builder().number("risk_price").number("differentiated_cost")
                .number("uniform_cost").number("differentiated_risk_pairs").number("uniform_risk_pairs")
                .number("price_of_uniformity");
        for (UniformityPoint p : points) {
            table.row(Numbers.money(p.riskPrice()), Numbers.money(p.differentiated().summary().totalCost()),
                    Numbers.money(p.uniform().summary().totalCost()),
                    Long.toString(p.differentiated().summary().capacityRiskPairs()),
                    Long.toString(p.uniform().summary().capacityRiskPairs()), Numbers.money(p.priceOfUniformity()));
        }
        return table.build();
    }
}
