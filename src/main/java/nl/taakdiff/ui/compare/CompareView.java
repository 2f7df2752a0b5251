package nl.taakdiff.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.compare.CompareViewModel.Result;

/**
 * Baseline versus alternatives: KPI cards with deltas, cost per inhabitant per size class (table
 * and bar chart), cost by level (stacked bars) and the municipalities that win or lose. Each panel
 * is its own class; this one lays them out and hands them every result.
 */
public final class CompareView extends View {
    private final CompareViewModel model;
    private final Messages messages;
    private ScrollPane root;
    private ScenarioPickers pickers;
    private Label problem;
    private ProgressIndicator busy;
    private KpiCards cards;
    private ClassCostPanel classes;
    /** The winners and losers table with its buttons, beside the level chart. */
    private static final double MIN_OUTCOMES_WIDTH = 500;
    private LevelCostChart levels;
    private MunicipalityOutcomes municipalities;
    /** Scenario names and size classes of what is on screen: when they stay, values are updated in place. */
    private List<Object> shape = List.of();
    private long displayed;

    public CompareView(CompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        init();
    }

    /** The request number of the result currently on screen (for the latency harness). */
    public long displayedRequest() {
        return displayed;
    }

    @Override
    protected void initializeParts() {
        pickers = new ScenarioPickers(model, messages);
        onDispose(pickers::dispose);
        problem = new Label();
        problem.setId("compare-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        cards = new KpiCards(messages);
        classes = new ClassCostPanel(messages);
        levels = new LevelCostChart(messages);
        municipalities = new MunicipalityOutcomes(model, messages);
        onDispose(municipalities::dispose);
    }

    @Override
    protected void layoutParts() {
        Label title = new Label(messages.get("compare.title"));
        title.getStyleClass().add("view-title");
        HBox status = new HBox(8, busy, problem);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(municipalities.root(), Priority.ALWAYS);
        var bottom = nl.taakdiff.ui.common.Reflow.rowOrColumn(12, levels.root().getMinWidth() + 12 + MIN_OUTCOMES_WIDTH,
                levels.root(), municipalities.root());

        VBox content = new VBox(10, title, pickers.root(), status, cards.root(), classes.root(), bottom);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("compare-view");
        root = new ScrollPane(content);
        root.setId("compare-view");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    @Override
    protected void bindToModel() {
        busy.visibleProperty().bind(model.computingProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        listen(model.resultProperty(), (obs, old, now) -> show(now));
        show(model.result());
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
        if (!newShape.equals(shape)) {
            cards.rebuild(result);
            classes.rebuild(result);
            levels.rebuild(result);
            municipalities.showFocus(result);
            shape = newShape;
        } else if (result != null) {
            cards.update(result);
            classes.update(result);
            levels.update(result);
        }
        municipalities.updateSummary();
        displayed = model.appliedProperty().get();
    }

    @Override
    public Parent root() {
        return root;
    }
}
