package nl.taakdiff.ui.present;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.explore.FrontierChart;
import nl.taakdiff.ui.map.MapCanvas;
import nl.taakdiff.ui.map.MapLegend;
import nl.taakdiff.ui.present.PresentationViewModel.Slide;

/**
 * One slide at a time in large type: title, subtitle, content, and at the bottom the keys and the
 * slide number. No editing controls. The content is rebuilt when the slide, the comparison, the map
 * or the language changes.
 */
public final class PresentationView extends View {
    private final PresentationViewModel model;
    private final Messages messages;
    private BorderPane root;
    private Label title;
    private Label subtitle;
    private StackPane content;
    private Label hint;
    private Label counter;
    private MapCanvas mapCanvas;

    public PresentationView(PresentationViewModel model) {
        this.model = model;
        this.messages = model.messages();
        init();
    }

    /** The map of the map slide while it is shown, else null (for tests). */
    public MapCanvas mapCanvas() {
        return mapCanvas;
    }

    @Override
    protected void initializeParts() {
        title = new Label();
        title.setId("slide-title");
        title.getStyleClass().add("slide-title");
        title.setWrapText(true);
        subtitle = new Label();
        subtitle.setId("slide-subtitle");
        subtitle.getStyleClass().add("slide-subtitle");
        subtitle.setWrapText(true);
        content = new StackPane();
        content.setId("slide-content");
        content.getStyleClass().add("slide-content");
        hint = new Label();
        hint.getStyleClass().add("slide-hint");
        counter = new Label();
        counter.setId("slide-counter");
        counter.getStyleClass().add("slide-counter");
    }

    @Override
    protected void layoutParts() {
        VBox top = new VBox(6, title, subtitle);
        top.setPadding(new Insets(28, 40, 12, 40));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, hint, spacer, counter);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 40, 16, 40));
        BorderPane.setMargin(content, new Insets(0, 40, 0, 40));
        root = new BorderPane(content);
        root.setTop(top);
        root.setBottom(bottom);
        root.setId("presentation");
        root.getStyleClass().add("presentation");
    }

    @Override
    protected void bindToModel() {
        listen(model.indexProperty(), obs -> render());
        listen(model.compare().resultProperty(), obs -> render());
        listen(model.map().mapProperty(), obs -> render());
        listen(model.map().shapesProperty(), obs -> render());
        listen(messages.localeProperty(), obs -> render());
        listen(model.explore().resultProperty(), obs -> {
            if (model.slide() == Slide.EXPLORE) {
                render();
            }
        });
        render();
    }

    /** The frontier of cost against capacity risk and the price of uniformity at the Explore view's prices. */
    private Node explore() {
        var r = model.explore().result();
        FrontierChart chart = new FrontierChart(messages);
        chart.setId("slide-frontier");
        chart.getStyleClass().add("presentation-chart");
        chart.show(r);
        if (r == null) {
            return chart;
        }
        var formats = messages.formats();
        var u = r.uniformity();
        Label price = text(messages.get("present.explore.uniformity", formats.moneyCompact(u.priceOfUniformity()),
                formats.delta(Unit.MONEY, u.costDifference(), true),
                formats.delta(Unit.COUNT, u.uniform().summary().capacityRiskPairs()
                        - u.differentiated().summary().capacityRiskPairs(), true)), "slide-text");
        price.setId("slide-uniformity");
        price.setWrapText(true);
        VBox box = new VBox(12, price, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    /** Shows the current slide. */
    public void render() {
        if (appraisalSlide != null) {
            appraisalSlide.dispose();
            appraisalSlide = null;
        }
        Slide slide = model.slide();
        title.setText(model.title(slide));
        subtitle.setText(model.subtitle(slide));
        counter.setText(model.counter());
        hint.setText(messages.get(slide == Slide.APPRAISAL ? "present.appraisal.hint" : "present.hint"));
        mapCanvas = null;
        Node node;
        if (model.result() == null) {
            Label empty = new Label(messages.get("present.empty.advice"));
            empty.getStyleClass().add("slide-text");
            empty.setWrapText(true);
            node = empty;
        } else {
            node = switch (slide) {
                case OPTIONS -> options();
                case CLASS_COST -> classChart();
                case MAP -> map();
                case OUTCOMES -> outcomes();
                case APPRAISAL -> appraisal();
                case EXPLORE -> explore();
                case ASSUMPTIONS -> assumptions();
            };
        }
        content.getChildren().setAll(node);
        StackPane.setAlignment(node, Pos.TOP_LEFT);
        root.getStyleClass().removeIf(c -> c.startsWith("slide-is-"));
        root.getStyleClass().add("slide-is-" + slide.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Label text(String value, String... styles) {
        Label label = new Label(value);
        label.getStyleClass().addAll(styles);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A table cell: one line at its full width, or wrapping text that takes the width left. */
    private static Label cell(String value, boolean oneLine, String... styles) {
        Label label = new Label(value);
        label.getStyleClass().addAll(styles);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        if (oneLine) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        } else {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        return label;
    }

    // ---- 1: options side by side -------------------------------------------------------------

    private Node options() {
        GridPane grid = new GridPane();
        grid.setId("slide-options");
        grid.getStyleClass().add("slide-table");
        grid.setHgap(36);
        grid.setVgap(10);
        List<String> names = model.scenarioNames();
        grid.add(text(messages.get("present.options.metric"), "slide-head"), 0, 0);
        for (int i = 0; i < names.size(); i++) {
            Label head = text(i == 0 ? messages.get("map.source.baseline", names.get(0)) : names.get(i), "slide-head");
            grid.add(head, i + 1, 0);
            GridPane.setHalignment(head, HPos.RIGHT);
        }
        int row = 1;
        for (PresentationViewModel.KpiRow kpi : model.kpis()) {
            grid.add(text(kpi.name(), "slide-text"), 0, row);
            Label base = text(kpi.baseline(), "slide-value");
            base.setId("slide-kpi-" + kpi.key() + "-baseline");
            grid.add(base, 1, row);
            GridPane.setHalignment(base, HPos.RIGHT);
            for (int i = 0; i < kpi.alternatives().size(); i++) {
                PresentationViewModel.KpiCell cell = kpi.alternatives().get(i);
                Label value = text(cell.value(), "slide-value");
                value.setId("slide-kpi-" + kpi.key() + "-" + i);
                Label delta = text(cell.delta(), "slide-delta", PresentationViewModel.styleOf(cell.judgement()));
                delta.setId("slide-kpi-" + kpi.key() + "-delta-" + i);
                HBox both = new HBox(14, value, delta);
                both.setAlignment(Pos.BASELINE_RIGHT);
                grid.add(both, i + 2, row);
                GridPane.setHalignment(both, HPos.RIGHT);
            }
            row++;
        }
        return grid;
    }

    // ---- 2: cost per inhabitant per size class -----------------------------------------------

    private Node classChart() {
        ClassCostChart data = model.classChart().orElse(null);
        CategoryAxis classes = new CategoryAxis();
        NumberAxis euros = new NumberAxis();
        euros.setLabel(data == null ? "" : data.unit());
        euros.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return messages.formats().moneyWhole(value.doubleValue());
            }

            @Override
            public Number fromString(String string) {
                return 0;
            }
        });
        BarChart<String, Number> chart = new BarChart<>(classes, euros);
        chart.setId("slide-chart");
        chart.getStyleClass().add("presentation-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        if (data != null) {
            for (ClassCostChart.Series s : data.series()) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(s.name());
                for (int c = 0; c < data.classes().size(); c++) {
                    series.getData().add(new XYChart.Data<>(data.classes().get(c), s.values().get(c)));
                }
                chart.getData().add(series);
            }
        }
        VBox box = new VBox(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    // ---- 3: the map --------------------------------------------------------------------------

    private Node map() {
        MapCanvas canvas = new MapCanvas(false);
        canvas.setId("slide-map");
        canvas.setShapes(model.map().shapes());
        var data = model.map().map();
        canvas.setColours(data == null ? null : data.choropleth());
        canvas.setRegionType(data == null ? null : data.regionType());
        canvas.setSelected(model.map().selectedProperty().get());
        mapCanvas = canvas;
        MapLegend legend = new MapLegend(messages);
        legend.setId("slide-legend");
        legend.getStyleClass().add("slide-legend");
        legend.show(data);
        legend.setMinWidth(300);
        legend.setPrefWidth(380);
        HBox box = new HBox(24, canvas, legend);
        HBox.setHgrow(canvas, Priority.ALWAYS);
        canvas.setPrefSize(900, 700);
        return box;
    }

    // ---- 4: winners and losers ---------------------------------------------------------------

    private Node outcomes() {
        VBox winners = outcomeList("slide-winners", messages.get("present.winners"), model.winners());
        VBox losers = outcomeList("slide-losers", messages.get("present.losers"), model.losers());
        HBox box = new HBox(60, winners, losers);
        HBox.setHgrow(winners, Priority.ALWAYS);
        HBox.setHgrow(losers, Priority.ALWAYS);
        return box;
    }

    private VBox outcomeList(String id, String heading, List<PresentationViewModel.OutcomeRow> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("slide-table");
        grid.setHgap(28);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(name);
        int r = 0;
        for (PresentationViewModel.OutcomeRow row : rows) {
            grid.add(text(row.name(), "slide-text"), 0, r);
            Label population = text(row.population(), "slide-text", "slide-muted");
            grid.add(population, 1, r);
            GridPane.setHalignment(population, HPos.RIGHT);
            Label delta = text(row.delta(), "slide-value",
                    id.equals("slide-winners") ? "outcome-winner" : "outcome-loser");
            grid.add(delta, 2, r);
            GridPane.setHalignment(delta, HPos.RIGHT);
            r++;
        }
        if (rows.isEmpty()) {
            grid.add(text(messages.get("present.none"), "slide-text", "slide-muted"), 0, 0);
        }
        VBox box = new VBox(12, text(heading, "slide-head"), grid);
        box.setId(id);
        return box;
    }

    // ---- 5: appraisal: the chair moves weights, the ranking follows -----------------------------

    private nl.taakdiff.ui.appraisal.AppraisalSlide appraisalSlide;

    private Node appraisal() {
        appraisalSlide = new nl.taakdiff.ui.appraisal.AppraisalSlide(model.appraisal(), messages,
                model.appraisalFocusProperty());
        return appraisalSlide.root();
    }

    // ---- 6: assumptions ----------------------------------------------------------------------

    private Node assumptions() {
        VBox box = new VBox(8);
        box.setId("slide-assumptions");
        box.getStyleClass().add("slide-small");
        for (PresentationViewModel.ScenarioAssumptions s : model.assumptions()) {
            box.getChildren().add(text(messages.get("present.assumptions.scenario", s.name()), "slide-head"));
            box.getChildren().add(text(s.tiering(), "slide-text"));
            box.getChildren().add(text(s.overheads(), "slide-text"));
            if (s.overrides().isEmpty()) {
                box.getChildren().add(text(messages.get("present.assumptions.overrides") + ": "
                        + messages.get("present.assumptions.noOverrides"), "slide-text", "slide-muted"));
            } else {
                box.getChildren().add(text(messages.get("present.assumptions.overrides") + ":", "slide-text"));
                for (String o : s.overrides()) {
                    box.getChildren().add(text("• " + o, "slide-text"));
                }
            }
        }
        box.getChildren().add(text(messages.get("present.assumptions.tasks"), "slide-head"));
        GridPane tasks = new GridPane();
        tasks.setId("slide-tasks");
        tasks.getStyleClass().add("slide-table");
        tasks.setHgap(18);
        tasks.setVgap(3);
        String[] heads = {"present.task", "present.unitCost", "present.fixedCost", "present.minScale", "present.source"};
        double[] widths = {30, 11, 13, 11, 35};
        for (int c = 0; c < heads.length; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(widths[c]);
            column.setHalignment(c == 0 || c == heads.length - 1 ? HPos.LEFT : HPos.RIGHT);
            tasks.getColumnConstraints().add(column);
            tasks.add(cell(messages.get(heads[c]), false, "slide-text", "slide-bold"), c, 0);
        }
        tasks.setMaxWidth(Double.MAX_VALUE);
        int r = 1;
        for (PresentationViewModel.TaskRow t : model.tasks()) {
            tasks.add(cell(t.task(), false, "slide-text"), 0, r);
            tasks.add(cell(t.unitCost(), true, "slide-text"), 1, r);
            tasks.add(cell(t.fixedCost(), true, "slide-text"), 2, r);
            tasks.add(cell(t.minScale(), true, "slide-text"), 3, r);
            tasks.add(cell(t.source(), false, "slide-text", "slide-muted"), 4, r);
            r++;
        }
        box.getChildren().add(tasks);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "slide-scroll");
        scroll.setFocusTraversable(false);
        return scroll;
    }

    @Override
    public Parent root() {
        return root;
    }
}
