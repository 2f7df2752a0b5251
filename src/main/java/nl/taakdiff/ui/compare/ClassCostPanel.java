package nl.taakdiff.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.ui.common.FormatOnly;
import nl.taakdiff.ui.common.Reflow;
import javafx.scene.layout.StackPane;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.ScrollBars;
import nl.taakdiff.ui.common.SectionTitles;
import nl.taakdiff.ui.common.TextColumns;
import nl.taakdiff.ui.compare.CompareViewModel.Result;

/** Cost per inhabitant per size class in every scenario: a table beside a bar chart. */
final class ClassCostPanel {
    private final Messages messages;
    private final Formats formats;
    private final TableView<ClassDelta> classTable = new TableView<>();
    private final BarChart<String, Number> classChart;
    private final StackPane root;
    /** Narrower than this, the chart's title and axis label are cut off. */
    private static final double MIN_CHART_WIDTH = 420;
    private final VBox classBox;
    /** A column header of two lines and the table's borders. */
    private static final double HEADER_HEIGHT = 42;
    /** The result on screen; the alternatives' cells read it, the rows are the baseline's classes. */
    private Result shown;

    ClassCostPanel(Messages messages) {
        this.messages = messages;
        this.formats = messages.formats();
        classTable.setId("class-table");
        classTable.setFixedCellSize(26);
        classTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // blank while the first comparison is computed: the built-in placeholder is English only
        classTable.setPlaceholder(new Label(""));

        CategoryAxis classAxis = new CategoryAxis();
        classAxis.setLabel(messages.get("compare.sizeClass"));
        NumberAxis perInhabitant = new NumberAxis();
        perInhabitant.setLabel(messages.get("compare.costPerInhabitant.axis"));
        perInhabitant.setTickLabelFormatter(FormatOnly.numbers(formats::moneyWhole));
        classChart = new BarChart<>(classAxis, perInhabitant);
        classChart.setId("class-chart");
        classChart.setAnimated(false);
        classChart.setTitle(messages.get("compare.classChart"));
        classChart.setPrefHeight(300);
        classChart.setMinHeight(260);

        classBox = new VBox(6, SectionTitles.of(messages.get("compare.classTable")), classTable);
        classBox.setPrefWidth(500);
        classBox.setMinWidth(400);
        classChart.setMinWidth(MIN_CHART_WIDTH);
        root = Reflow.rowOrColumn(12, classBox.getMinWidth() + 12 + MIN_CHART_WIDTH, classBox, classChart);
        HBox.setHgrow(classBox, Priority.ALWAYS);
        HBox.setHgrow(classChart, Priority.ALWAYS);
    }

    StackPane root() {
        return root;
    }

    /** A size class on two lines, so that chart labels do not run into each other. */
    private String chartLabel(SizeClass c) {
        return formats.sizeClassTwoLines(c);
    }

    /** Builds columns and bars for the scenarios and classes of a result (none for null). */
    void rebuild(Result result) {
        shown = result;
        classTable.getColumns().clear();
        classChart.getData().clear();
        if (result == null) {
            classTable.getItems().clear();
            return;
        }
        List<Comparison> comparisons = result.comparisons();
        List<TableColumn<ClassDelta, ?>> columns = new ArrayList<>();
        columns.add(TextColumns.of(messages.get("compare.sizeClass"), d -> formats.sizeClass(d.sizeClass()), 125));
        columns.add(TextColumns.of(messages.get("compare.municipalityCount"), d -> formats.count(d.municipalities()), 50));
        columns.add(TextColumns.of(result.baseline().scenario().name(),
                d -> formats.money(d.baselineCostPerInhabitant()), 110));
        for (int i = 0; i < comparisons.size(); i++) {
            int index = i;
            String name = comparisons.get(i).alternative().scenario().name();
            columns.add(TextColumns.of(name, d -> {
                ClassDelta delta = shown.comparisons().get(index).classes().get(d.sizeClass().index());
                return formats.money(delta.alternativeCostPerInhabitant()) + "  ("
                        + formats.delta(Unit.MONEY, delta.deltaPerInhabitant(), false) + ")";
            }, 185));
        }
        classTable.getColumns().setAll(columns);
        classTable.getItems().setAll(comparisons.get(0).classes());
        // every row and a header of up to two lines without a scroll bar; as wide as its columns,
        // and wider (the last column) when the window has room
        classTable.setPrefHeight(classTable.getFixedCellSize() * classTable.getItems().size() + HEADER_HEIGHT);
        classBox.setPrefWidth(columns.stream().mapToDouble(TableColumn::getPrefWidth).sum()
                + ScrollBars.ALLOWANCE);

        XYChart.Series<String, Number> baseSeries = new XYChart.Series<>();
        baseSeries.setName(result.baseline().scenario().name());
        for (ClassDelta d : comparisons.get(0).classes()) {
            baseSeries.getData().add(new XYChart.Data<>(chartLabel(d.sizeClass()), d.baselineCostPerInhabitant()));
        }
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        series.add(baseSeries);
        for (Comparison comparison : comparisons) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(comparison.alternative().scenario().name());
            for (ClassDelta d : comparison.classes()) {
                s.getData().add(new XYChart.Data<>(chartLabel(d.sizeClass()), d.alternativeCostPerInhabitant()));
            }
            series.add(s);
        }
        classChart.getData().setAll(series);
    }

    /** Same scenarios and classes: the rows are refreshed and only the bar heights change. */
    void update(Result result) {
        shown = result;
        classTable.getItems().setAll(result.comparisons().get(0).classes());
        List<XYChart.Series<String, Number>> series = classChart.getData();
        List<ClassDelta> base = result.comparisons().get(0).classes();
        for (int j = 0; j < base.size(); j++) {
            series.get(0).getData().get(j).setYValue(base.get(j).baselineCostPerInhabitant());
        }
        for (int i = 0; i < result.comparisons().size(); i++) {
            List<ClassDelta> classes = result.comparisons().get(i).classes();
            for (int j = 0; j < classes.size(); j++) {
                series.get(i + 1).getData().get(j).setYValue(classes.get(j).alternativeCostPerInhabitant());
            }
        }
    }
}
