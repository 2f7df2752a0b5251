package nl.taakdiff.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.common.FormatOnly;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel.Result;

/** Each scenario's cost, in billions, stacked by the level that carries it. */
final class LevelCostChart {
    private final Messages messages;
    private final StackedBarChart<String, Number> chart;

    LevelCostChart(Messages messages) {
        this.messages = messages;
        CategoryAxis scenarioAxis = new CategoryAxis();
        NumberAxis cost = new NumberAxis();
        cost.setLabel(messages.get("compare.costByLevel.axis"));
        cost.setTickLabelFormatter(FormatOnly.numbers(messages.formats()::decimalBillions));
        chart = new StackedBarChart<>(scenarioAxis, cost);
        chart.setId("level-chart");
        chart.setAnimated(false);
        chart.setTitle(messages.get("compare.levelChart"));
        chart.setPrefHeight(330);
        chart.setMinHeight(280);
        chart.setPrefWidth(380);
        chart.setMinWidth(320);
    }

    StackedBarChart<String, Number> root() {
        return chart;
    }

    /** One series per level, one bar per scenario of the result (none for null). */
    void rebuild(Result result) {
        chart.getData().clear();
        if (result == null) {
            return;
        }
        List<Evaluation> evaluations = evaluations(result);
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (Level level : Level.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(messages.level(level));
            for (Evaluation e : evaluations) {
                s.getData().add(new XYChart.Data<>(e.scenario().name(), billions(e, level)));
            }
            series.add(s);
        }
        chart.getData().setAll(series);
    }

    /** Same scenarios: only the bar heights change. */
    void update(Result result) {
        List<Evaluation> evaluations = evaluations(result);
        for (Level level : Level.values()) {
            XYChart.Series<String, Number> s = chart.getData().get(level.ordinal());
            for (int i = 0; i < evaluations.size(); i++) {
                s.getData().get(i).setYValue(billions(evaluations.get(i), level));
            }
        }
    }

    private static List<Evaluation> evaluations(Result result) {
        List<Evaluation> evaluations = new ArrayList<>();
        evaluations.add(result.baseline());
        for (Comparison c : result.comparisons()) {
            evaluations.add(c.alternative());
        }
        return evaluations;
    }

    private static double billions(Evaluation evaluation, Level level) {
        Double cost = evaluation.summary().costByLevel().get(level);
        return cost == null ? 0 : cost / 1e9;
    }
}
