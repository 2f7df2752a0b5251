package nl.taakdiff.ui.explore;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.Summary;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.explore.UniformityPoint;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.ModelView;

/**
 * Verkennen: two price sliders, allowed levels per task and the uniform-only switch on the left;
 * the proposal as a matrix (cells that differ from the baseline marked) in the middle; on the right
 * the key figures and a chart of cost against capacity-risk pairs with the frontier, the best
 * uniform allocations and the workbook's scenarios.
 */
public final class ExploreView extends ModelView<ExploreViewModel> {
    private HBox root;
    private Slider riskSlider;
    private Label riskValue;
    private Slider controlSlider;
    private Label controlValue;
    private CheckBox uniform;
    private GridPane allowedGrid;
    private TitledPane allowedPane;
    private Button adopt;
    private Label problem;
    private GridPane matrix;
    private Label figures;
    private Label uniformity;
    private FrontierChart chart;
    private Label[][] cells;
    private List<String> matrixShape;
    private VBox controls;
    private VBox middle;
    private VBox right;
    private ScrollPane controlScroll;
    private ScrollPane matrixScroll;
    private ScrollPane stacked;
    /** Narrower than this, the chart's points and labels run into each other. */
    private static final double MIN_CHART_WIDTH = 560;
    private static final double STACKED_CHART_HEIGHT = 460;

    public ExploreView(ExploreViewModel model, Messages messages) {
        super(model, messages);
        init();
    }

    @Override
    protected void initializeParts() {
        riskSlider = slider("explore-risk-slider", ExploreViewModel.MAX_RISK_PRICE, 10_000);
        riskValue = value("explore-risk-value");
        riskValue.setWrapText(true);
        controlSlider = slider("explore-control-slider", ExploreViewModel.MAX_CONTROL_PRICE, 0.01);
        controlValue = value("explore-control-value");
        controlValue.setWrapText(true);
        uniform = new CheckBox(messages.get("explore.uniformOnly"));
        uniform.setId("explore-uniform");
        uniform.setWrapText(true);
        allowedGrid = new GridPane();
        allowedGrid.setId("explore-allowed");
        allowedGrid.setHgap(4);
        allowedGrid.setVgap(2);
        allowedPane = new TitledPane(messages.get("explore.allowed"), allowedGrid);
        allowedPane.setId("explore-allowed-pane");
        allowedPane.setExpanded(false);
        adopt = new Button(messages.get("explore.adopt"));
        adopt.setId("explore-adopt");
        adopt.getStyleClass().add("primary");
        adopt.setTooltip(new Tooltip(messages.get("explore.adopt.tooltip")));
        adopt.setOnAction(e -> model.adopt());
        adopt.setMaxWidth(Double.MAX_VALUE);
        adopt.setWrapText(true);
        adopt.setMinHeight(Region.USE_PREF_SIZE);
        problem = new Label();
        problem.setId("explore-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        matrix = new GridPane();
        matrix.setId("explore-matrix");
        matrix.getStyleClass().add("explore-matrix");
        matrix.setHgap(2);
        matrix.setVgap(2);
        figures = new Label();
        figures.setId("explore-figures");
        figures.setWrapText(true);
        uniformity = new Label();
        uniformity.setId("explore-uniformity");
        uniformity.setWrapText(true);
        uniformity.getStyleClass().add("explore-uniformity");
        chart = new FrontierChart(messages);
        chart.setId("explore-chart");
        chart.setMinHeight(300);
    }

    private Slider slider(String id, double max, double step) {
        Slider s = new Slider(0, max, 0);
        s.setId(id);
        s.setBlockIncrement(step);
        s.setMajorTickUnit(max / 4);
        s.setShowTickMarks(true);
        return s;
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("explore-price");
        return label;
    }

    private static Label question(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("explore-question");
        return label;
    }

    @Override
    protected void layoutParts() {
        Label title = new Label(messages.get("explore.title"));
        title.getStyleClass().add("view-title");
        title.setWrapText(true);
        Label intro = new Label(messages.get("explore.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        Label riskHint = new Label(messages.get("explore.riskPrice.hint"));
        riskHint.setWrapText(true);
        riskHint.getStyleClass().add("hint");
        Label controlHint = new Label(messages.get("explore.controlPrice.hint"));
        controlHint.setWrapText(true);
        controlHint.getStyleClass().add("hint");
        controls = new VBox(8, title, intro, question(messages.get("explore.riskPrice")), riskSlider, riskValue, riskHint,
                question(messages.get("explore.controlPrice")), controlSlider, controlValue, controlHint, uniform,
                allowedPane, adopt, problem);
        controls.setPadding(new Insets(10));
        controls.setPrefWidth(290);
        controls.setMinWidth(250);
        controlScroll = new ScrollPane(controls);
        controlScroll.setFitToWidth(true);
        controlScroll.setMinWidth(Region.USE_PREF_SIZE);
        controlScroll.setPrefWidth(305);

        Label matrixTitle = new Label(messages.get("explore.proposal"));
        matrixTitle.getStyleClass().add("panel-title");
        Label matrixHint = new Label(messages.get("explore.proposal.hint"));
        matrixHint.getStyleClass().add("hint");
        matrixHint.setWrapText(true);
        middle = new VBox(6, matrixTitle, matrixHint, matrix);
        middle.setPadding(new Insets(10, 18, 10, 10));
        middle.setMinWidth(Region.USE_PREF_SIZE);
        matrixScroll = new ScrollPane();
        matrixScroll.setFitToWidth(true);
        matrixScroll.setMinWidth(Region.USE_PREF_SIZE);

        figures.setMinHeight(Region.USE_PREF_SIZE);
        uniformity.setMinHeight(Region.USE_PREF_SIZE);
        right = new VBox(8, figures, uniformity, chart);
        right.setPadding(new Insets(10));
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(0);
        stacked = new ScrollPane();
        stacked.setFitToWidth(true);
        HBox.setHgrow(stacked, Priority.ALWAYS);
        root = new HBox();
        // the tab pane is as wide as its widest tab's minimum: this view must not widen the window
        root.setMinWidth(0);
        root.setId("explore-view");
        root.getStyleClass().add("explore-view");
        root.widthProperty().addListener((obs, old, now) -> arrange());
        arrange();
    }

    /**
     * Side by side when the chart keeps room to be read next to the controls and the matrix;
     * otherwise the matrix goes below the figures and the chart, in one column that scrolls.
     */
    private void arrange() {
        double width = root.getWidth();
        boolean sideBySide = width <= 0 || width >= controlScroll.prefWidth(-1) + middle.prefWidth(-1) + MIN_CHART_WIDTH;
        if (sideBySide == (matrixScroll.getContent() == middle) && !root.getChildren().isEmpty()) {
            return;
        }
        if (sideBySide) {
            stacked.setContent(null);
            chart.setPrefHeight(Region.USE_COMPUTED_SIZE);
            matrixScroll.setContent(middle);
            root.getChildren().setAll(controlScroll, matrixScroll, right);
        } else {
            matrixScroll.setContent(null);
            chart.setPrefHeight(STACKED_CHART_HEIGHT);
            stacked.setContent(new VBox(right, middle));
            root.getChildren().setAll(controlScroll, stacked);
        }
    }

    @Override
    protected void bindToModel() {
        riskSlider.valueProperty().bindBidirectional(model.riskPriceProperty());
        controlSlider.valueProperty().bindBidirectional(model.controlPriceProperty());
        onDispose(() -> {
            riskSlider.valueProperty().unbindBidirectional(model.riskPriceProperty());
            controlSlider.valueProperty().unbindBidirectional(model.controlPriceProperty());
            uniform.selectedProperty().unbindBidirectional(model.uniformOnlyProperty());
        });
        uniform.selectedProperty().bindBidirectional(model.uniformOnlyProperty());
        listen(model.riskPriceProperty(), obs -> updatePrices());
        listen(model.controlPriceProperty(), obs -> updatePrices());
        updatePrices();
        listen(model.resultProperty(), obs -> show());
        listen(model.problemProperty(), obs -> showProblem());
        adopt.disableProperty().bind(model.editableProperty().not().or(model.resultProperty().isNull()));
        // The tab pane hides the content of tabs that are not selected: work only while shown.
        listen(root.parentProperty(), (obs, old, parent) -> followShowing(parent));
        followShowing(root.getParent());
        onDispose(() -> {
            model.activeProperty().unbind();
            model.activeProperty().set(false);
        });
        buildAllowed();
        show();
        showProblem();
    }

    private void followShowing(Parent parent) {
        model.activeProperty().unbind();
        if (parent == null) {
            model.activeProperty().set(false);
        } else {
            model.activeProperty().bind(parent.visibleProperty().and(root.visibleProperty()));
        }
    }

    private void updatePrices() {
        riskValue.setText(messages.get("explore.riskPrice.value", formats.moneyWhole(model.riskPriceProperty().get())));
        controlValue.setText(messages.get("explore.controlPrice.value", formats.money(model.controlPriceProperty().get())));
    }

    private void showProblem() {
        String text = model.problemProperty().get();
        problem.setText(text);
        problem.setVisible(!text.isEmpty());
        problem.setManaged(!text.isEmpty());
    }

    private void buildAllowed() {
        allowedGrid.getChildren().clear();
        int col = 1;
        for (Level level : Level.values()) {
            Label head = new Label(messages.levelShort(level));
            head.getStyleClass().add("column-header-label");
            allowedGrid.add(head, col++, 0);
        }
        int row = 1;
        for (Task task : model.tasks()) {
            Label name = new Label(task.code());
            name.setTooltip(new Tooltip(task.name()));
            allowedGrid.add(name, 0, row);
            col = 1;
            for (Level level : Level.values()) {
                CheckBox box = new CheckBox();
                box.setId("explore-allowed-" + task.code() + "-" + level.code());
                box.setTooltip(new Tooltip(messages.get("explore.allowed.tooltip", task.name(), messages.level(level))));
                var property = model.allowedProperty(task.code(), level);
                box.selectedProperty().bindBidirectional(property);
                onDispose(() -> box.selectedProperty().unbindBidirectional(property));
                allowedGrid.add(box, col++, row);
            }
            row++;
        }
    }

    private void show() {
        ExploreComputation.Result r = model.result();
        chart.show(r);
        if (r == null) {
            matrix.getChildren().clear();
            matrixShape = null;
            figures.setText("");
            uniformity.setText("");
            return;
        }
        showMatrix(r.proposal().scenario());
        showFigures(r);
    }

    /** Cells are built once per shape (tasks × classes) and then updated in place, so a new price costs little. */
    private void showMatrix(Scenario proposal) {
        List<SizeClass> classes = proposal.tiering().classes();
        List<Task> tasks = model.tasks();
        List<Rule> rules = proposal.rules();
        List<String> shape = new java.util.ArrayList<>();
        tasks.forEach(t -> shape.add(t.code()));
        classes.forEach(c -> shape.add(classLabel(c)));
        if (!shape.equals(matrixShape)) {
            buildMatrix(tasks, classes);
            matrixShape = shape;
            arrange();
        }
        for (int t = 0; t < tasks.size(); t++) {
            for (int c = 0; c < classes.size(); c++) {
                int index = t * classes.size() + c;
                if (index >= rules.size()) {
                    continue;
                }
                Rule rule = rules.get(index);
                boolean differs = model.differsFromBaseline(rule.taskCode(), rule.minPopulation(), rule.level());
                Label cell = cells[t][c];
                cell.setText(messages.levelShort(rule.level()) + (differs ? " ≠" : ""));
                cell.getStyleClass().removeIf(style -> style.startsWith("level-") && !style.equals("level-cell")
                        || style.equals("differs"));
                cell.getStyleClass().add("level-" + rule.level().code());
                if (differs) {
                    cell.getStyleClass().add("differs");
                }
                cell.getTooltip().setText(messages.get(differs ? "explore.cell.differs" : "explore.cell.same",
                        tasks.get(t).name(), classLabel(classes.get(c)), messages.level(rule.level())));
            }
        }
    }

    private void buildMatrix(List<Task> tasks, List<SizeClass> classes) {
        matrix.getChildren().clear();
        for (int c = 0; c < classes.size(); c++) {
            SizeClass sizeClass = classes.get(c);
            // two lines, so that the columns are as narrow as the cells
            Label head = new Label(formats.sizeClassTwoLines(sizeClass));
            head.getStyleClass().add("column-header-label");
            head.setMinWidth(Region.USE_PREF_SIZE);
            matrix.add(head, c + 1, 0);
        }
        cells = new Label[tasks.size()][classes.size()];
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            Label name = new Label(task.code());
            name.setTooltip(new Tooltip(task.name()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            matrix.add(name, 0, t + 1);
            for (int c = 0; c < classes.size(); c++) {
                Label cell = new Label();
                cell.setId("explore-cell-" + task.code() + "-" + c);
                cell.getStyleClass().addAll("level-cell", "explore-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMinWidth(Region.USE_PREF_SIZE);
                cell.setAlignment(Pos.CENTER);
                cell.setTooltip(new Tooltip());
                cells[t][c] = cell;
                matrix.add(cell, c + 1, t + 1);
            }
        }
    }

    private String classLabel(SizeClass c) {
        return formats.sizeClass(c);
    }

    private void showFigures(ExploreComputation.Result r) {
        Summary proposal = r.proposal().summary();
        Summary base = r.base().summary();
        String baseName = r.base().scenario().name();
        figures.setText(messages.get("explore.figures",
                formats.moneyCompact(r.proposal().score()),
                formats.moneyCompact(proposal.totalCost()), formats.moneyCompact(base.totalCost()),
                formats.count(proposal.capacityRiskPairs()), formats.count(base.capacityRiskPairs()),
                formats.percent(proposal.directControlShare()), formats.percent(base.directControlShare()),
                formats.count(proposal.taskPackages()), baseName,
                formats.delta(Unit.MONEY, r.proposal().score() - r.proposal().prices().score(base), true)));
        UniformityPoint u = r.uniformity();
        uniformity.setText(messages.get("explore.uniformity", formats.moneyCompact(u.priceOfUniformity()),
                formats.delta(Unit.MONEY, u.costDifference(), true), formats.delta(Unit.COUNT,
                        u.uniform().summary().capacityRiskPairs() - u.differentiated().summary().capacityRiskPairs(),
                        true)));
    }

    @Override
    public Parent root() {
        return root;
    }
}
