package nl.taakdiff.ui.compare;

import nl.taakdiff.engine.KeyFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.Outcome;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.IndexedChoices;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.engine.KeyFigures.Judgement;
import nl.taakdiff.engine.KeyFigures.Kpi;
import nl.taakdiff.ui.compare.CompareViewModel.OutcomeFilter;
import nl.taakdiff.ui.compare.CompareViewModel.Result;

/**
 * Baseline versus alternatives: KPI cards with deltas, cost per inhabitant per size class (table
 * and bar chart), cost by level (stacked bars) and the municipalities that win or lose.
 *
 * <p>Over 500 lines because it lays out four panels that are bound to one result and one set of
 * formats; what the figures mean and how they are judged is in the view model, not here.
 */
public final class CompareView extends View {
    private final CompareViewModel model;
    private final Messages messages;
    private final Formats formats;
    private ScrollPane root;
    private ComboBox<String> baseline;
    private final List<ComboBox<String>> alternatives = new ArrayList<>();
    private Label problem;
    private ProgressIndicator busy;
    private TilePane cards;
    private TableView<ClassDelta> classTable;
    private BarChart<String, Number> classChart;
    private StackedBarChart<String, Number> levelChart;
    private TableView<MunicipalityDelta> municipalityTable;
    private ComboBox<Integer> focus;
    private ToggleButton all;
    private ToggleButton winnersOnly;
    private ToggleButton losersOnly;
    private Label outcomeSummary;
    private long displayed;

    public CompareView(CompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = messages.formats();
        init();
    }

    /** The request number of the result currently on screen (for the latency harness). */
    public long displayedRequest() {
        return displayed;
    }

    @Override
    protected void initializeParts() {
        baseline = scenarioBox("compare-baseline", false);
        for (int i = 0; i < CompareViewModel.MAX_ALTERNATIVES; i++) {
            alternatives.add(scenarioBox("compare-alternative-" + i, i > 0));
        }
        problem = new Label();
        problem.setId("compare-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        cards = new TilePane(8, 8);
        cards.setId("kpi-cards");
        cards.setPrefColumns(4);
        cards.setPrefTileWidth(235);
        cards.getStyleClass().add("kpi-cards");

        classTable = new TableView<>();
        classTable.setId("class-table");
        classTable.setFixedCellSize(26);
        classTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        classTable.setPlaceholder(new Label(""));

        CategoryAxis classAxis = new CategoryAxis();
        classAxis.setLabel(messages.get("compare.sizeClass"));
        NumberAxis perInhabitant = new NumberAxis();
        perInhabitant.setLabel(messages.get("compare.costPerInhabitant.axis"));
        perInhabitant.setTickLabelFormatter(axisFormatter(v -> formats.moneyWhole(v)));
        classChart = new BarChart<>(classAxis, perInhabitant);
        classChart.setId("class-chart");
        classChart.setAnimated(false);
        classChart.setTitle(messages.get("compare.classChart"));
        classChart.setPrefHeight(300);
        classChart.setMinHeight(260);

        CategoryAxis scenarioAxis = new CategoryAxis();
        NumberAxis cost = new NumberAxis();
        cost.setLabel(messages.get("compare.costByLevel.axis"));
        cost.setTickLabelFormatter(axisFormatter(v -> formats.decimalBillions(v)));
        levelChart = new StackedBarChart<>(scenarioAxis, cost);
        levelChart.setId("level-chart");
        levelChart.setAnimated(false);
        levelChart.setTitle(messages.get("compare.levelChart"));
        levelChart.setPrefHeight(330);
        levelChart.setMinHeight(280);

        municipalityTable = new TableView<>();
        municipalityTable.setId("municipality-table");
        municipalityTable.setPrefHeight(330);
        municipalityTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        municipalityTable.setPlaceholder(new Label(messages.get("compare.noMunicipalities")));
        focus = new ComboBox<>();
        focus.setId("compare-focus");
        focus.setPrefWidth(190);
        focus.setMinWidth(120);
        ToggleGroup group = new ToggleGroup();
        all = toggle("filter-all", "compare.filter.all", group);
        winnersOnly = toggle("filter-winners", "compare.filter.winners", group);
        losersOnly = toggle("filter-losers", "compare.filter.losers", group);
        outcomeSummary = new Label();
        outcomeSummary.setId("outcome-summary");
    }

    private static StringConverter<Number> axisFormatter(Function<Double, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String string) {
                return 0;
            }
        };
    }

    private ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton button = new ToggleButton(messages.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private ComboBox<String> scenarioBox(String id, boolean optional) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(200);
        box.setMinWidth(140);
        box.setPromptText(messages.get(optional ? "compare.none" : "compare.choose"));
        box.setButtonCell(new NameCell(optional));
        box.setCellFactory(v -> new NameCell(optional));
        return box;
    }

    /** Shows a scenario name, or "none" for the empty choice. */
    private final class NameCell extends ListCell<String> {
        private final boolean optional;

        NameCell(boolean optional) {
            this.optional = optional;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(optional ? messages.get("compare.none") : null);
            } else {
                setText(item == null || item.isEmpty() ? messages.get("compare.none") : item);
            }
        }
    }

    @Override
    protected void layoutParts() {
        Label title = new Label(messages.get("compare.title"));
        title.getStyleClass().add("view-title");
        GridPane pickers = new GridPane();
        pickers.setHgap(8);
        pickers.setVgap(4);
        Label baselineLabel = new Label(messages.get("compare.baseline"));
        Label alternativesLabel = new Label(messages.get("compare.alternatives"));
        baselineLabel.setMinWidth(Region.USE_PREF_SIZE);
        alternativesLabel.setMinWidth(Region.USE_PREF_SIZE);
        pickers.add(baselineLabel, 0, 0);
        pickers.add(baseline, 0, 1);
        pickers.add(alternativesLabel, 1, 0, 3, 1);
        for (int i = 0; i < alternatives.size(); i++) {
            pickers.add(alternatives.get(i), 1 + i, 1);
        }
        HBox status = new HBox(8, busy, problem);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox classBox = new VBox(6, section("compare.classTable"), classTable);
        HBox classes = new HBox(12, classBox, classChart);
        classBox.setPrefWidth(500);
        classBox.setMinWidth(400);
        HBox.setHgrow(classChart, Priority.ALWAYS);

        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(6, 6, focusLabel(), focus, all,
                winnersOnly, losersOnly, outcomeSummary);
        filters.setAlignment(Pos.CENTER_LEFT);
        outcomeSummary.setMinWidth(Region.USE_PREF_SIZE);
        VBox municipalityBox = new VBox(6, section("compare.municipalities"), filters, municipalityTable);
        HBox bottom = new HBox(12, levelChart, municipalityBox);
        levelChart.setPrefWidth(380);
        levelChart.setMinWidth(320);
        HBox.setHgrow(municipalityBox, Priority.ALWAYS);

        VBox content = new VBox(10, title, pickers, status, cards, classes, bottom);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("compare-view");
        root = new ScrollPane(content);
        root.setId("compare-view");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    private Label focusLabel() {
        Label label = new Label(messages.get("compare.focus"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    @Override
    protected void bindToModel() {
        listenToList(model.scenarios(), (javafx.collections.ListChangeListener<Scenario>) c -> fillChoices());
        fillChoices();
        bindChoice(baseline, model.baselineNameProperty());
        for (int i = 0; i < alternatives.size(); i++) {
            bindChoice(alternatives.get(i), model.alternativeProperty(i));
        }
        busy.visibleProperty().bind(model.computingProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        municipalityTable.setItems(model.municipalities());
        buildMunicipalityColumns();
        switch (model.filterProperty().get()) {
            case ALL -> all.setSelected(true);
            case WINNERS -> winnersOnly.setSelected(true);
            case LOSERS -> losersOnly.setSelected(true);
        }
        all.setOnAction(e -> select(OutcomeFilter.ALL, all));
        winnersOnly.setOnAction(e -> select(OutcomeFilter.WINNERS, winnersOnly));
        losersOnly.setOnAction(e -> select(OutcomeFilter.LOSERS, losersOnly));
        focus.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.focusProperty().set(now);
            }
        });
        listen(model.resultProperty(), (obs, old, now) -> show(now));
        listen(model.winnersProperty(), obs -> updateOutcomeSummary());
        listen(model.losersProperty(), obs -> updateOutcomeSummary());
        show(model.result());
    }

    private void select(OutcomeFilter value, ToggleButton button) {
        button.setSelected(true);
        model.filterProperty().set(value);
    }

    private boolean filling;

    private List<String> choiceNames = List.of();

    private void fillChoices() {
        List<String> names = model.scenarios().stream().map(Scenario::name).toList();
        if (names.equals(choiceNames)) {
            return;
        }
        choiceNames = names;
        filling = true;
        baseline.getItems().setAll(names);
        for (int i = 0; i < alternatives.size(); i++) {
            List<String> withNone = new ArrayList<>();
            if (i > 0) {
                withNone.add("");
            }
            withNone.addAll(names);
            alternatives.get(i).getItems().setAll(withNone);
        }
        filling = false;
        baseline.setValue(model.baselineNameProperty().get());
        for (int i = 0; i < alternatives.size(); i++) {
            alternatives.get(i).setValue(model.alternativeProperty(i).get());
        }
    }

    private void bindChoice(ComboBox<String> box, javafx.beans.property.StringProperty property) {
        box.setValue(property.get());
        box.valueProperty().addListener((obs, old, now) -> {
            if (!filling && !java.util.Objects.equals(now, property.get())) {
                property.set(now == null || now.isEmpty() ? null : now);
            }
        });
        listen(property, (obs, old, now) -> box.setValue(now));
    }

    private void updateOutcomeSummary() {
        outcomeSummary.setText(messages.get("compare.outcomes", model.winnersProperty().get(),
                model.losersProperty().get()));
    }

    /** Scenario names and size classes of what is on screen: when they stay, values are updated in place. */
    private List<Object> shape = List.of();
    private Result shown;
    private final List<CardParts> cardParts = new ArrayList<>();

    /** The labels of one KPI card that change with the figures. */
    private record CardParts(Kpi kpi, Label baseValue, List<Label> values, List<Label> changes,
                             List<javafx.scene.control.Tooltip> tips) {
    }

    private static List<Object> shapeOf(Result result) {
        if (result == null) {
            return List.of();
        }
        List<Object> list = new ArrayList<>();
        list.add(result.baseline().scenario().name());
        list.addAll(result.alternativeNames());
        for (ClassDelta d : result.comparisons().get(0).classes()) {
            list.add(d.sizeClass());
        }
        return list;
    }

    private void show(Result result) {
        List<Object> newShape = shapeOf(result);
        shown = result;
        if (!newShape.equals(shape)) {
            showCards(result);
            showClasses(result);
            showLevels(result);
            showFocus(result);
            shape = newShape;
        } else if (result != null) {
            for (CardParts parts : cardParts) {
                fill(parts, result);
            }
            classTable.getItems().setAll(result.comparisons().get(0).classes());
            updateClassChart(result);
            updateLevelChart(result);
        }
        updateOutcomeSummary();
        displayed = model.appliedProperty().get();
    }

    // ---- KPI cards ---------------------------------------------------------------------------

    private void showCards(Result result) {
        cards.getChildren().clear();
        cardParts.clear();
        if (result == null) {
            return;
        }
        for (Kpi kpi : KeyFigures.KPIS) {
            cards.getChildren().add(card(kpi, result));
        }
    }

    private VBox card(Kpi kpi, Result result) {
        String key = kpi.metric().key();
        Label name = new Label(messages.get("metric." + key));
        name.getStyleClass().add("kpi-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label baseValue = new Label();
        baseValue.getStyleClass().add("kpi-baseline");
        baseValue.setId("kpi-" + key + "-baseline");
        VBox card = new VBox(3, name, baseValue);
        List<Label> values = new ArrayList<>();
        List<Label> changes = new ArrayList<>();
        List<javafx.scene.control.Tooltip> tips = new ArrayList<>();
        for (int i = 0; i < result.comparisons().size(); i++) {
            Label value = new Label();
            value.getStyleClass().add("kpi-value");
            value.setId("kpi-" + key + "-" + i);
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label change = new Label();
            change.getStyleClass().add("kpi-delta");
            change.setId("kpi-" + key + "-delta-" + i);
            change.setMinWidth(Region.USE_PREF_SIZE);
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            javafx.scene.control.Tooltip.install(change, tip);
            Label who = new Label(result.comparisons().get(i).alternative().scenario().name());
            who.getStyleClass().add("kpi-scenario");
            who.setMinWidth(0);
            HBox row = new HBox(6, value, change);
            row.setAlignment(Pos.BASELINE_LEFT);
            card.getChildren().addAll(who, row);
            values.add(value);
            changes.add(change);
            tips.add(tip);
        }
        card.getStyleClass().add("kpi-card");
        card.setId("kpi-" + key);
        CardParts parts = new CardParts(kpi, baseValue, values, changes, tips);
        cardParts.add(parts);
        fill(parts, result);
        return card;
    }

    private static final List<String> JUDGEMENT_CLASSES = java.util.Arrays.stream(Judgement.values())
            .map(j -> "judgement-" + j.name().toLowerCase(java.util.Locale.ROOT)).toList();

    /** Puts the figures of a result into a card's labels. */
    private void fill(CardParts parts, Result result) {
        Kpi kpi = parts.kpi();
        var unit = kpi.metric().unit();
        parts.baseValue().setText(messages.get("compare.kpi.baseline",
                formats.value(unit, result.baseline().summary().value(kpi.metric()), true)));
        for (int i = 0; i < parts.values().size(); i++) {
            MetricDelta delta = result.comparisons().get(i).metric(kpi.metric());
            Judgement judgement = kpi.judge(delta);
            parts.values().get(i).setText(formats.value(unit, delta.alternative(), true));
            Label change = parts.changes().get(i);
            change.setText(arrow(delta.delta()) + " " + formats.delta(unit, delta.delta(), true));
            String judgementClass = "judgement-" + judgement.name().toLowerCase(java.util.Locale.ROOT);
            if (!change.getStyleClass().contains(judgementClass)) {
                change.getStyleClass().removeAll(JUDGEMENT_CLASSES);
                change.getStyleClass().add(judgementClass);
            }
            parts.tips().get(i).setText(messages.get("compare.kpi.tooltip", formats.value(unit, delta.alternative(), false),
                    formats.value(unit, delta.baseline(), false), formats.deltaPercent(delta.deltaPct()),
                    messages.get("judgement." + judgement.name().toLowerCase(java.util.Locale.ROOT))));
        }
    }

    private static String arrow(double delta) {
        return delta > 1e-9 ? "▲" : delta < -1e-9 ? "▼" : "●";
    }

    // ---- size classes ------------------------------------------------------------------------

    private String classLabel(SizeClass c) {
        return formats.sizeClass(c);
    }

    /** A size class on two lines, so that chart labels do not run into each other. */
    private String chartLabel(SizeClass c) {
        return c.isOpenEnded() ? formats.population(c.lower()) + "+"
                : formats.population(c.lower()) + " –\n" + formats.population(c.upper());
    }

    private void showClasses(Result result) {
        classTable.getColumns().clear();
        classChart.getData().clear();
        if (result == null) {
            classTable.getItems().clear();
            return;
        }
        List<Comparison> comparisons = result.comparisons();
        List<TableColumn<ClassDelta, ?>> columns = new ArrayList<>();
        columns.add(textColumn(messages.get("compare.sizeClass"), d -> classLabel(d.sizeClass()), 125));
        columns.add(textColumn(messages.get("compare.municipalityCount"), d -> formats.count(d.municipalities()), 50));
        columns.add(textColumn(result.baseline().scenario().name(), d -> formats.money(d.baselineCostPerInhabitant()), 110));
        for (int i = 0; i < comparisons.size(); i++) {
            int index = i;
            String name = comparisons.get(i).alternative().scenario().name();
            columns.add(textColumn(name, d -> {
                ClassDelta delta = shown.comparisons().get(index).classes().get(d.sizeClass().index());
                return formats.money(delta.alternativeCostPerInhabitant()) + "  ("
                        + formats.delta(nl.taakdiff.engine.Unit.MONEY, delta.deltaPerInhabitant(), false) + ")";
            }, 185));
        }
        classTable.getColumns().setAll(columns);
        classTable.getItems().setAll(comparisons.get(0).classes());
        classTable.setPrefHeight(classTable.getFixedCellSize() * (classTable.getItems().size() + 1) + 6);

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

    /** Same scenarios and classes: only the bar heights change. */
    private void updateClassChart(Result result) {
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

    private <S> TableColumn<S, String> textColumn(String title, Function<S, String> text, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        Label header = new Label(title);
        header.setTooltip(new javafx.scene.control.Tooltip(title));
        column.setGraphic(header);
        column.setText(null);
        return column;
    }

    // ---- cost by level -----------------------------------------------------------------------

    private void showLevels(Result result) {
        levelChart.getData().clear();
        if (result == null) {
            return;
        }
        List<Evaluation> evaluations = new ArrayList<>();
        evaluations.add(result.baseline());
        for (Comparison c : result.comparisons()) {
            evaluations.add(c.alternative());
        }
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (Level level : Level.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(messages.level(level));
            for (Evaluation e : evaluations) {
                Double cost = e.summary().costByLevel().get(level);
                s.getData().add(new XYChart.Data<>(e.scenario().name(), cost == null ? 0 : cost / 1e9));
            }
            series.add(s);
        }
        levelChart.getData().setAll(series);
    }

    private void updateLevelChart(Result result) {
        List<Evaluation> evaluations = new ArrayList<>();
        evaluations.add(result.baseline());
        for (Comparison c : result.comparisons()) {
            evaluations.add(c.alternative());
        }
        for (Level level : Level.values()) {
            XYChart.Series<String, Number> s = levelChart.getData().get(level.ordinal());
            for (int i = 0; i < evaluations.size(); i++) {
                Double cost = evaluations.get(i).summary().costByLevel().get(level);
                s.getData().get(i).setYValue(cost == null ? 0 : cost / 1e9);
            }
        }
    }

    // ---- municipalities ----------------------------------------------------------------------

    private void showFocus(Result result) {
        List<String> names = result == null ? List.of() : result.alternativeNames();
        focus.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null || index >= names.size() ? "" : names.get(index);
            }

            @Override
            public Integer fromString(String string) {
                return null;
            }
        });
        IndexedChoices.show(focus, names.size(), model.focusProperty().get());
        municipalityTable.refresh();
    }

    private void buildMunicipalityColumns() {
        List<TableColumn<MunicipalityDelta, ?>> columns = new ArrayList<>();
        columns.add(textColumn(messages.get("compare.municipality"), MunicipalityDelta::name, 140));
        columns.add(textColumn(messages.get("compare.population"), m -> formats.population(m.population()), 88));
        columns.add(textColumn(messages.get("compare.baselinePerInhabitant"),
                m -> formats.money(m.baselineCost() / m.population()), 92));
        columns.add(textColumn(messages.get("compare.alternativePerInhabitant"),
                m -> formats.money(m.alternativeCost() / m.population()), 92));
        columns.add(textColumn(messages.get("compare.deltaPerInhabitant"),
                m -> formats.delta(nl.taakdiff.engine.Unit.MONEY, m.deltaPerInhabitant(), false), 92));
        TableColumn<MunicipalityDelta, Outcome> outcome = new TableColumn<>(messages.get("compare.outcome"));
        outcome.setSortable(false);
        outcome.setPrefWidth(80);
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcome.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Outcome item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("outcome-winner", "outcome-loser", "outcome-unchanged");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String code = item.name().toLowerCase(java.util.Locale.ROOT);
                setText(messages.get("outcome." + code));
                getStyleClass().add("outcome-" + code);
            }
        });
        columns.add(outcome);
        columns.forEach(c -> c.setSortable(false));
        municipalityTable.getColumns().setAll(columns);
    }

    @Override
    public Parent root() {
        return root;
    }
}
