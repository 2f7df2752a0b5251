package nl.taakdiff.ui.present;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.explore.FrontierChart;
import nl.taakdiff.ui.map.MapCanvas;
import nl.taakdiff.ui.map.MapLegend;
import nl.taakdiff.ui.present.PresentationViewModel.Slide;
import nl.taakdiff.ui.sensitivity.SensitivitySlides;

/**
 * One screen of the presentation in large type: title, subtitle, content, and at the bottom the
 * keys and the slide number. No editing controls. The content is rebuilt when the screen, the
 * comparison, the map, the sensitivity figures or the language change. The audience sees the
 * current screen; the presenter view also shows the next one (an offset of 1).
 */
public final class PresentationView extends View {
    private final PresentationViewModel model;
    private final Messages messages;
    private final int offset;
    private BorderPane root;
    private Label title;
    private Label subtitle;
    private StackPane content;
    private Label hint;
    private Label counter;
    private MapCanvas mapCanvas;

    public PresentationView(PresentationViewModel model) {
        this(model, 0);
    }

    /** The screen {@code offset} places after the current one. */
    public PresentationView(PresentationViewModel model, int offset) {
        this.model = model;
        this.messages = model.messages();
        this.offset = offset;
        init();
    }

    /** The index of the screen this view shows (may be past the last one in a preview). */
    public int shownIndex() {
        return model.index() + offset;
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
        listen(model.explore().resultProperty(), obs -> renderIf(Slide.EXPLORE));
        var sensitivity = model.sensitivity();
        listen(sensitivity.tornadoProperty(), obs -> renderIf(Slide.TORNADO));
        listen(sensitivity.problemProperty(), obs -> renderIf(Slide.TORNADO, Slide.UNCERTAINTY));
        listen(sensitivity.uncertaintyProperty(), obs -> renderIf(Slide.UNCERTAINTY));
        listen(sensitivity.runStateProperty(), obs -> renderIf(Slide.UNCERTAINTY));
        listen(sensitivity.outdatedProperty(), obs -> renderIf(Slide.UNCERTAINTY));
        listen(sensitivity.progressProperty(), obs -> renderIf(Slide.UNCERTAINTY));
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

    private void renderIf(Slide... slides) {
        for (Slide s : slides) {
            if (shownIndex() < model.count() && model.page(shownIndex()).slide() == s) {
                render();
                return;
            }
        }
    }

    /** Shows the screen. */
    public void render() {
        if (appraisalSlide != null) {
            appraisalSlide.dispose();
            appraisalSlide = null;
        }
        mapCanvas = null;
        root.getStyleClass().removeIf(c -> c.startsWith("slide-is-"));
        if (shownIndex() >= model.count()) {
            title.setText(messages.get("present.end"));
            subtitle.setText("");
            counter.setText("");
            hint.setText("");
            content.getChildren().clear();
            return;
        }
        Page page = model.page(shownIndex());
        Slide slide = page.slide();
        title.setText(model.title(page));
        subtitle.setText(model.subtitle(slide));
        counter.setText(model.counter(shownIndex()));
        hint.setText(messages.get(slide == Slide.APPRAISAL ? "present.appraisal.hint" : "present.hint"));
        Node node;
        if (model.result() == null) {
            Label empty = new Label(messages.get("present.empty.advice"));
            empty.getStyleClass().add("slide-text");
            empty.setWrapText(true);
            node = empty;
        } else {
            node = switch (slide) {
                case TITLE -> titleSlide();
                case TORNADO -> new SensitivitySlides(model.sensitivity()).tornado();
                case UNCERTAINTY -> new SensitivitySlides(model.sensitivity()).uncertainty();
                case OPTIONS -> options();
                case CLASS_COST -> classChart();
                case MAP -> map();
                case OUTCOMES -> outcomes();
                case APPRAISAL -> appraisal();
                case EXPLORE -> explore();
                case ASSUMPTIONS -> AssumptionsSlide.build(model.assumptionParts().get(
                        Math.min(page.part(), model.assumptionParts().size() - 1)), messages);
            };
        }
        content.getChildren().setAll(node);
        StackPane.setAlignment(node, Pos.TOP_LEFT);
        root.getStyleClass().add("slide-is-" + slide.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A label of slide text that wraps and is never cut to fewer lines than it needs. */
    static Label text(String value, String... styles) {
        Label label = new Label(value);
        label.getStyleClass().addAll(styles);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    // ---- 0: title ------------------------------------------------------------------------------

    private Node titleSlide() {
        GridPane grid = new GridPane();
        grid.setId("slide-title-facts");
        grid.getStyleClass().add("slide-table");
        grid.setHgap(40);
        grid.setVgap(22);
        int row = 0;
        for (TitleFact fact : model.titleFacts(java.time.LocalDate.now())) {
            Label label = text(fact.label(), "slide-text", "slide-muted");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = text(fact.value(), "slide-title-value");
            value.setId("slide-title-" + fact.key());
            grid.add(label, 0, row);
            grid.add(value, 1, row);
            row++;
        }
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        grid.setAlignment(Pos.CENTER_LEFT);
        grid.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return grid;
    }

    // ---- 1: options side by side -------------------------------------------------------------

    /** The key figures as a table that fills the screen: rows share the height, zebra-striped for the back row. */
    private Node options() {
        GridPane grid = new GridPane();
        grid.setId("slide-options");
        grid.getStyleClass().addAll("slide-table", "slide-options");
        grid.setHgap(36);
        List<String> names = model.scenarioNames();
        List<PresentationViewModel.KpiRow> kpis = model.kpis();
        int columns = names.size() + 1;
        grid.add(text(messages.get("present.options.metric"), "slide-head"), 0, 0);
        for (int i = 0; i < names.size(); i++) {
            Label head = text(i == 0 ? messages.get("map.source.baseline", names.get(0)) : names.get(i), "slide-head");
            grid.add(head, i + 1, 0);
            GridPane.setHalignment(head, HPos.RIGHT);
        }
        int row = 1;
        for (PresentationViewModel.KpiRow kpi : kpis) {
            stripe(grid, row, columns);
            Label name = text(kpi.name(), "slide-text");
            GridPane.setMargin(name, new Insets(0, 0, 0, 10));
            grid.add(name, 0, row);
            Label base = text(kpi.baseline(), "slide-value");
            base.setId("slide-kpi-" + kpi.key() + "-baseline");
            base.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(base, 1, row);
            GridPane.setHalignment(base, HPos.RIGHT);
            for (int i = 0; i < kpi.alternatives().size(); i++) {
                PresentationViewModel.KpiCell cell = kpi.alternatives().get(i);
                Label value = text(cell.value(), "slide-value");
                value.setId("slide-kpi-" + kpi.key() + "-" + i);
                value.setMinWidth(Region.USE_PREF_SIZE);
                Label delta = text(cell.delta(), "slide-delta", PresentationViewModel.styleOf(cell.judgement()));
                delta.setId("slide-kpi-" + kpi.key() + "-delta-" + i);
                delta.setMinWidth(Region.USE_PREF_SIZE);
                HBox both = new HBox(14, value, delta);
                both.setAlignment(Pos.CENTER_RIGHT);
                GridPane.setMargin(both, new Insets(0, 10, 0, 0));
                grid.add(both, i + 2, row);
                GridPane.setHalignment(both, HPos.RIGHT);
            }
            row++;
        }
        ColumnConstraints first = new ColumnConstraints();
        first.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(first);
        for (int r = 0; r < row; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setVgrow(r == 0 ? Priority.NEVER : Priority.ALWAYS);
            rc.setValignment(javafx.geometry.VPos.CENTER);
            rc.setMinHeight(Region.USE_PREF_SIZE);
            rc.setMaxHeight(r == 0 ? Region.USE_PREF_SIZE : 72);
            grid.getRowConstraints().add(rc);
        }
        grid.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return grid;
    }

    /** A light band behind every other row of a table, across all its columns. */
    private static void stripe(GridPane grid, int row, int columns) {
        Region band = new Region();
        band.getStyleClass().add(row % 2 == 1 ? "slide-row-odd" : "slide-row-even");
        band.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        band.setMouseTransparent(true);
        grid.add(band, 0, row, columns, 1);
    }

    // ---- 2: change in cost per inhabitant per size class -------------------------------------

    private Node classChart() {
        ClassDeltaChart chart = new ClassDeltaChart();
        chart.setId("slide-chart");
        chart.show(model.classDeltas());
        chart.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return chart;
    }

    // ---- 3: the map --------------------------------------------------------------------------

    private Node map() {
        MapCanvas canvas = new MapCanvas(false);
        canvas.setId("slide-map");
        canvas.setShapes(model.map().shapes());
        var data = model.map().map();
        canvas.setColours(data == null ? null : data.choropleth());
        canvas.setRegionType(data == null ? null : data.regionType());
        // a municipality picked on the Map tab earlier is not part of the story on the slide
        canvas.setSelected(null);
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
        HBox box = new HBox(40, winners, losers);
        box.getStyleClass().add("slide-outcomes");
        HBox.setHgrow(winners, Priority.ALWAYS);
        HBox.setHgrow(losers, Priority.ALWAYS);
        winners.setMaxWidth(Double.MAX_VALUE);
        losers.setMaxWidth(Double.MAX_VALUE);
        winners.setPrefWidth(0);
        losers.setPrefWidth(0);
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return box;
    }

    /** The top movers as a table whose rows share the screen's height. */
    private VBox outcomeList(String id, String heading, List<PresentationViewModel.OutcomeRow> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("slide-table");
        grid.setHgap(18);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(name);
        int r = 0;
        for (PresentationViewModel.OutcomeRow row : rows) {
            stripe(grid, r, 3);
            Label municipality = text(row.name(), "slide-text");
            municipality.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setMargin(municipality, new Insets(0, 0, 0, 10));
            grid.add(municipality, 0, r);
            Label population = text(row.population(), "slide-text", "slide-muted");
            population.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(population, 1, r);
            GridPane.setHalignment(population, HPos.RIGHT);
            Label delta = text(row.delta(), "slide-value",
                    id.equals("slide-winners") ? "outcome-winner" : "outcome-loser");
            delta.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setMargin(delta, new Insets(0, 10, 0, 0));
            grid.add(delta, 2, r);
            GridPane.setHalignment(delta, HPos.RIGHT);
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(Region.USE_PREF_SIZE);
            rc.setMaxHeight(64);
            rc.setValignment(javafx.geometry.VPos.CENTER);
            grid.getRowConstraints().add(rc);
            r++;
        }
        if (rows.isEmpty()) {
            grid.add(text(messages.get("present.none"), "slide-text", "slide-muted"), 0, 0);
        }
        VBox box = new VBox(12, text(heading, "slide-head"), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setMaxHeight(Double.MAX_VALUE);
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

    @Override
    public Parent root() {
        return root;
    }
}
