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
import javafx.scene.control.Tooltip;
import nl.taakdiff.ui.common.FormatOnly;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel.Result;

/** Each scenario's cost, in billions, stacked by the level that carries it, as horizontal bars. */
final class LevelCostChart {
    private final Messages messages;
    private final StackedBarChart<Number, String> chart;
    /** Longer names are shortened on the axis: the bars keep their room. */
    private static final int MAX_NAME = 24;

    LevelCostChart(Messages messages) {
        this.messages = messages;
        CategoryAxis scenarioAxis = new CategoryAxis();
        NumberAxis cost = new NumberAxis();
        cost.setLabel(messages.get("compare.costByLevel.axis"));
        cost.setTickLabelFormatter(FormatOnly.numbers(messages.formats()::decimalBillions));
        // horizontal bars: scenario names stay level and readable on the left
        chart = new StackedBarChart<>(cost, scenarioAxis);
        chart.setId("level-chart");
        chart.setAnimated(false);
        chart.setTitle(messages.get("compare.levelChart"));
        chart.setPrefHeight(330);
        chart.setMinHeight(280);
        chart.setPrefWidth(440);
        chart.setMinWidth(360);
    }

    StackedBarChart<Number, String> root() {
        return chart;
    }

    /** One series per level, one bar per scenario of the result (none for null). */
    void rebuild(Result result) {
        chart.getData().clear();
        if (result == null) {
            return;
        }
        List<Evaluation> evaluations = evaluations(result);
        List<String> axisNames = axisNames(evaluations);
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (Level level : Level.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(messages.level(level));
            for (int i = 0; i < evaluations.size(); i++) {
                Evaluation e = evaluations.get(i);
                // the full name rides along for the tooltip and for tests
                s.getData().add(new XYChart.Data<>(billions(e, level), axisNames.get(i), e.scenario().name()));
            }
            series.add(s);
        }
        chart.getData().setAll(series);
        for (XYChart.Series<Number, String> s : chart.getData()) {
            for (XYChart.Data<Number, String> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(d.getExtraValue() + " · " + s.getName()));
                }
            }
        }
    }

    /** Long names shortened with an ellipsis, unless that would make two bars' labels alike. */
    private static List<String> axisNames(List<Evaluation> all) {
        List<String> names = all.stream().map(e -> e.scenario().name()).toList();
        List<String> shortened = names.stream()
                .map(n -> n.length() <= MAX_NAME ? n : n.substring(0, MAX_NAME - 1).strip() + "…").toList();
        return new java.util.HashSet<>(shortened).size() == shortened.size() ? shortened : names;
    }

    /** Same scenarios: only the bar heights change. */
    void update(Result result) {
        List<Evaluation> evaluations = evaluations(result);
        for (Level level : Level.values()) {
            XYChart.Series<Number, String> s = chart.getData().get(level.ordinal());
            for (int i = 0; i < evaluations.size(); i++) {
                s.getData().get(i).setXValue(billions(evaluations.get(i), level));
            }
        }
    }

    /** Bottom to top, as a category axis on the left counts: the baseline ends up on top. */
    private static List<Evaluation> evaluations(Result result) {
        List<Evaluation> evaluations = new ArrayList<>();
        evaluations.add(result.baseline());
        for (Comparison c : result.comparisons()) {
            evaluations.add(c.alternative());
        }
        java.util.Collections.reverse(evaluations);
        return evaluations;
    }

    private static double billions(Evaluation evaluation, Level level) {
        Double cost = evaluation.summary().costByLevel().get(level);
        return cost == null ? 0 : cost / 1e9;
    }
}
