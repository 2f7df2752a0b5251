package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.FrontierPoint;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.explore.UniformityPoint;
import nl.taakdiff.engine.map.Rgb;
import nl.taakdiff.io.render.ScatterRenderer;

/**
 * What an export shows of exploring allocations from its baseline (calculation.md §2.12): at a fixed price
 * of control, the frontier over the risk prices, the best uniform rule sets and the price of
 * uniformity at every risk price.
 */
public record Exploration(String baseName, double controlPrice, PriceRange riskPrices, List<FrontierPoint> frontier,
                          List<FrontierPoint> uniformFrontier, List<UniformityPoint> uniformity) {
    public Exploration {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(riskPrices, "riskPrices");
        frontier = List.copyOf(frontier);
        uniformFrontier = List.copyOf(uniformFrontier);
        uniformity = List.copyOf(uniformity);
    }

    public static Exploration of(Explorer explorer, double controlPrice, PriceRange riskPrices, Constraints constraints) {
        Constraints free = constraints.withUniformOnly(false);
        return new Exploration(explorer.base().name(), controlPrice, riskPrices,
                explorer.frontier(controlPrice, riskPrices, free),
                explorer.uniformFrontier(controlPrice, riskPrices, free),
                explorer.uniformity(controlPrice, riskPrices, free));
    }

    /** The chart of cost (billions) against capacity-risk pairs, with the export's scenarios labelled. */
    ScatterRenderer.Chart chart(List<Evaluation> scenarios, ExportText t) {
        List<ScatterRenderer.Point> named = new ArrayList<>();
        for (Evaluation e : scenarios) {
            named.add(new ScatterRenderer.Point(e.summary().capacityRiskPairs(), e.summary().totalCost() / 1e9,
                    e.scenario().name()));
        }
        return new ScatterRenderer.Chart(t.get("explore.chart.title", t.amount(controlPrice)), t.get("explore.chart.x"),
                t.get("explore.chart.y"), List.of(
                        new ScatterRenderer.Series(t.get("explore.series.frontier"), Rgb.of("#0072b2"), false,
                                points(frontier)),
                        new ScatterRenderer.Series(t.get("explore.series.uniform"), Rgb.of("#e69f00"), false,
                                points(uniformFrontier)),
                        new ScatterRenderer.Series(t.get("explore.series.scenarios"), Rgb.of("#555555"), true, named)),
                t.locale());
    }

    private static List<ScatterRenderer.Point> points(List<FrontierPoint> points) {
        return points.stream().map(p -> new ScatterRenderer.Point(p.proposal().summary().capacityRiskPairs(),
                p.proposal().summary().totalCost() / 1e9, null)).toList();
    }

    /** One row per distinct optimum: the columns of {@code explore --table frontier}, in the export's language. */
    public ExportTable frontierTable(ExportText t) {
        ExportTable.Builder table = new ExportTable.Builder(t.get("sheet.frontier")).header(t.get("col.riskPrice"),
                t.metric(Metric.TOTAL_COST), t.metric(Metric.CAPACITY_RISK_PAIRS), t.metric(Metric.DIRECT_CONTROL_SHARE),
                t.get("col.score"));
        for (FrontierPoint p : frontier) {
            var s = p.proposal().summary();
            table.row(List.of(money(p.riskPrice()), money(s.totalCost()), count(s.capacityRiskPairs()),
                    ExportTable.Cell.number(ExportTable.Kind.PERCENT, s.directControlShare()),
                    money(p.proposal().score())));
        }
        return table.build();
    }

    /** At every risk price: the columns of {@code explore --table uniformity}, in the export's language. */
    public ExportTable uniformityTable(ExportText t) {
        ExportTable.Builder table = new ExportTable.Builder(t.get("sheet.uniformity")).header(t.get("col.riskPrice"),
                t.get("col.differentiatedCost"), t.get("col.uniformCost"), t.get("col.differentiatedPairs"),
                t.get("col.uniformPairs"), t.get("col.priceOfUniformity"));
        for (UniformityPoint p : uniformity) {
            table.row(List.of(money(p.riskPrice()), money(p.differentiated().summary().totalCost()),
                    money(p.uniform().summary().totalCost()), count(p.differentiated().summary().capacityRiskPairs()),
                    count(p.uniform().summary().capacityRiskPairs()), money(p.priceOfUniformity())));
        }
        return table.build();
    }

    private static ExportTable.Cell money(double v) {
        return ExportTable.Cell.number(ExportTable.Kind.MONEY, v);
    }

    private static ExportTable.Cell count(long v) {
        return ExportTable.Cell.number(ExportTable.Kind.COUNT, v);
    }
}
