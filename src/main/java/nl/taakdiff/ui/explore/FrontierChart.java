package nl.taakdiff.ui.explore;

import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import nl.taakdiff.engine.Summary;
import nl.taakdiff.engine.explore.FrontierPoint;
import nl.taakdiff.engine.explore.Proposal;
import nl.taakdiff.ui.common.FormatOnly;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;

/**
 * Total cost against capacity-risk pairs: the frontier of best differentiated allocations over the
 * risk prices, the best uniform allocations, every scenario of the workbook (labelled) and the
 * proposal. Used by the Explore view and by presentation mode.
 */
public final class FrontierChart extends ScatterChart<Number, Number> {
    private final Messages messages;
    private final Formats formats;
    private ExploreComputation.Result shown;

    public FrontierChart(Messages messages) {
        super(new NumberAxis(), new NumberAxis());
        this.messages = messages;
        this.formats = messages.formats();
        getXAxis().setLabel(messages.get("explore.chart.risk"));
        getYAxis().setLabel(messages.get("explore.chart.cost"));
        ((NumberAxis) getXAxis()).setTickLabelFormatter(FormatOnly.numbers(formats::count));
        ((NumberAxis) getYAxis()).setTickLabelFormatter(FormatOnly.numbers(formats::decimalBillions));
        setAnimated(false);
        setTitle(messages.get("explore.chart.title"));
        getStyleClass().add("frontier-chart");
    }

    /**
     * Shows a result; null clears the chart. The frontiers and the scenarios' points change only when
     * the control price, the constraints or the scenarios do, so a new risk price only moves the proposal.
     */
    public void show(ExploreComputation.Result r) {
        if (r == null) {
            getData().clear();
            shown = null;
            return;
        }
        boolean same = shown != null && shown.frontier() == r.frontier() && shown.uniformFrontier() == r.uniformFrontier()
                && shown.scenarios() == r.scenarios() && getData().size() == 4;
        Summary s = r.proposal().summary();
        shown = r;
        if (same) {
            XYChart.Data<Number, Number> d = getData().get(3).getData().get(0);
            d.setXValue(s.capacityRiskPairs());
            d.setYValue(s.totalCost() / 1e9);
            NumberAxis x = (NumberAxis) getXAxis();
            NumberAxis y = (NumberAxis) getYAxis();
            if (s.capacityRiskPairs() > x.getUpperBound() || s.totalCost() / 1e9 < y.getLowerBound()
                    || s.totalCost() / 1e9 > y.getUpperBound()) {
                fitAxes();
            }
            return;
        }
        getData().clear();
        getData().add(series(messages.get("explore.chart.frontier"), r.frontier(), "explore-frontier"));
        getData().add(series(messages.get("explore.chart.uniform"), r.uniformFrontier(), "explore-uniform-point"));
        XYChart.Series<Number, Number> scenarios = new XYChart.Series<>();
        scenarios.setName(messages.get("explore.chart.scenarios"));
        for (ExploreComputation.ScenarioPoint p : r.scenarios()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.riskPairs(), p.cost() / 1e9);
            d.setNode(new LabelledPoint(p.name(), "explore-scenario-point", getXAxis()));
            Tooltip.install(d.getNode(), new Tooltip(pointText(p.name(), p.cost(), p.riskPairs())));
            scenarios.getData().add(d);
        }
        getData().add(scenarios);
        XYChart.Series<Number, Number> proposal = new XYChart.Series<>();
        proposal.setName(messages.get("explore.chart.proposal"));
        XYChart.Data<Number, Number> d = new XYChart.Data<>(s.capacityRiskPairs(), s.totalCost() / 1e9);
        d.setNode(new LabelledPoint(messages.get("explore.chart.proposal"), "explore-proposal-point", getXAxis()));
        proposal.getData().add(d);
        getData().add(proposal);
        fitAxes();
    }

    private XYChart.Series<Number, Number> series(String name, List<FrontierPoint> points, String styleClass) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (FrontierPoint p : points) {
            Proposal proposal = p.proposal();
            XYChart.Data<Number, Number> d = new XYChart.Data<>(proposal.summary().capacityRiskPairs(),
                    proposal.summary().totalCost() / 1e9);
            Circle dot = new Circle(4);
            dot.getStyleClass().addAll("explore-point", styleClass);
            d.setNode(new StackPane(dot));
            Tooltip.install(d.getNode(), new Tooltip(messages.get("explore.chart.pointAt",
                    pointText(name, proposal.summary().totalCost(), proposal.summary().capacityRiskPairs()),
                    formats.moneyWhole(p.riskPrice()))));
            series.getData().add(d);
        }
        return series;
    }

    private String pointText(String name, double cost, long risk) {
        return messages.get("explore.chart.point", name, formats.moneyCompact(cost), formats.count(risk));
    }

    /** Axis bounds with a margin, so that no point (or its name) sits on the plot's edge. */
    private void fitAxes() {
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (XYChart.Series<Number, Number> series : getData()) {
            for (XYChart.Data<Number, Number> d : series.getData()) {
                maxX = Math.max(maxX, d.getXValue().doubleValue());
                minY = Math.min(minY, d.getYValue().doubleValue());
                maxY = Math.max(maxY, d.getYValue().doubleValue());
            }
        }
        if (minY > maxY) {
            return;
        }
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double spanY = Math.max(maxY - minY, 0.01);
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setTickUnit(niceStep(Math.max(1, maxX * 1.08) / 6));
        x.setUpperBound(Math.ceil(Math.max(1, maxX * 1.08) / x.getTickUnit()) * x.getTickUnit());
        y.setAutoRanging(false);
        y.setTickUnit(niceStep(spanY * 1.2 / 6));
        y.setLowerBound(Math.floor((minY - spanY * 0.08) / y.getTickUnit()) * y.getTickUnit());
        y.setUpperBound(Math.ceil((maxY + spanY * 0.08) / y.getTickUnit()) * y.getTickUnit());
    }

    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double scaled = rough / magnitude;
        double nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
