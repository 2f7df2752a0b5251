package nl.taakdiff.ui.map;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.taakdiff.engine.map.MapColouring.Mode;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.IndexedChoices;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;

/**
 * The Map tab: choices on top (colour by, task, scenario, region borders, reset, export), the map in
 * the middle, legend and the figures of the hovered or selected municipality on the right.
 */
public final class MapView extends View {
    private final MapViewModel model;
    private final Messages messages;
    private BorderPane root;
    private ComboBox<Mode> mode;
    private ComboBox<String> task;
    private ComboBox<Integer> source;
    private CheckBox regions;
    private CheckBox provinces;
    private Button reset;
    private Button exportMap;
    private Button exportChart;
    private MapCanvas canvas;
    private MapLegend legend;
    private Label infoTitle;
    private GridPane info;
    private Label problem;
    private Tooltip tooltip;
    private LoserRunBar loserRun;
    private boolean filling;

    public MapView(MapViewModel model) {
        this.model = model;
        this.messages = model.messages();
        init();
    }

    /** The drawing, for tests and the draw-time harness. */
    public MapCanvas canvas() {
        return canvas;
    }

    @Override
    protected void initializeParts() {
        mode = new ComboBox<>();
        mode.setId("map-mode");
        mode.getItems().setAll(Mode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(Mode m) {
                return m == null ? "" : model.modeName(m);
            }

            @Override
            public Mode fromString(String s) {
                return null;
            }
        });
        task = new ComboBox<>();
        task.setId("map-task");
        task.setPrefWidth(260);
        source = new ComboBox<>();
        source.setId("map-source");
        source.setPrefWidth(200);
        nl.taakdiff.ui.common.ColumnFit.fitToChoices(task);
        nl.taakdiff.ui.common.ColumnFit.fitToChoices(source);
        regions = new CheckBox(messages.get("map.regions"));
        regions.setId("map-regions");
        provinces = new CheckBox(messages.get("map.provinces"));
        provinces.setId("map-provinces");
        reset = new Button(messages.get("map.reset"));
        reset.setId("map-reset");
        exportMap = new Button(messages.get("map.exportMap"));
        exportMap.setId("map-export");
        exportMap.setTooltip(new Tooltip(messages.get("map.exportMap.tooltip")));
        exportChart = new Button(messages.get("map.exportChart"));
        exportChart.setId("map-export-chart");
        exportChart.setTooltip(new Tooltip(messages.get("map.exportChart.tooltip")));
        canvas = new MapCanvas(true);
        canvas.setId("map-canvas");
        legend = new MapLegend(messages);
        legend.setId("map-legend");
        infoTitle = new Label();
        infoTitle.setId("map-info-title");
        infoTitle.getStyleClass().add("section-title");
        infoTitle.setWrapText(true);
        infoTitle.setMinHeight(Region.USE_PREF_SIZE);
        info = new GridPane();
        info.setId("map-info");
        info.setHgap(8);
        info.setVgap(3);
        // Values keep their full width; the labels beside them take what is left and wrap.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setHgrow(Priority.ALWAYS);
        labels.setMinWidth(60);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setMinWidth(Region.USE_PREF_SIZE);
        values.setHgrow(Priority.NEVER);
        info.getColumnConstraints().setAll(labels, values);
        problem = new Label();
        problem.setId("map-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        loserRun = new LoserRunBar(model.loserProbabilities(), messages);
        tooltip = new Tooltip();
        tooltip.setShowDelay(javafx.util.Duration.millis(250));
    }

    @Override
    protected void layoutParts() {
        FlowPane choices = new FlowPane(8, 6, label("map.mode"), mode, label("map.task"), task, label("map.source"),
                source, regions, provinces, reset, exportMap, exportChart);
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.setPadding(new Insets(8, 10, 6, 10));
        choices.getStyleClass().add("map-choices");
        VBox notes = new VBox(8, problem, loserRun);
        notes.setPickOnBounds(false);
        notes.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(canvas, notes);
        StackPane.setAlignment(notes, Pos.TOP_LEFT);
        StackPane.setMargin(notes, new Insets(10));
        centre.getStyleClass().add("map-pane");
        Label hint = new Label(messages.get("map.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox side = new VBox(12, legend, infoTitle, info, hint);
        side.setPadding(new Insets(10));
        side.setPrefWidth(290);
        side.setMinWidth(240);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("edge-to-edge");
        sideScroll.setMinWidth(250);
        sideScroll.setPrefWidth(300);
        root = new BorderPane(centre);
        root.setTop(choices);
        root.setRight(sideScroll);
        root.setId("map-view");
        root.getStyleClass().add("map-view");
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void bindToModel() {
        mode.setValue(model.modeProperty().get());
        mode.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.modeProperty().set(now);
            }
        });
        listen(model.modeProperty(), (obs, old, now) -> mode.setValue(now));

        List<Task> tasks = model.tasks();
        task.getItems().setAll(tasks.stream().map(Task::code).toList());
        task.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : tasks.stream().filter(t -> t.code().equals(code)).findFirst()
                        .map(t -> t.code() + " – " + t.name()).orElse(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        task.setValue(model.chosenTask().map(Task::code).orElse(null));
        task.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.taskProperty().set(now);
            }
        });
        listen(model.taskProperty(), (obs, old, now) -> task.setValue(model.chosenTask().map(Task::code).orElse(null)));

        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                if (index == null || index >= model.sources().size()) {
                    return "";
                }
                String name = model.sources().get(index);
                return index == 0 ? messages.get("map.source.baseline", name) : name;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        source.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !filling) {
                model.sourceProperty().set(now);
            }
        });
        listen(model.sources(), (javafx.collections.ListChangeListener<String>) c -> fillSources());
        listen(model.sourceProperty(), (obs, old, now) -> fillSources());
        fillSources();

        regions.setSelected(model.regionBordersProperty().get());
        regions.selectedProperty().addListener((obs, old, now) -> model.regionBordersProperty().set(now));
        listen(model.regionBordersProperty(), (obs, old, now) -> regions.setSelected(now));
        provinces.setSelected(model.provinceBordersProperty().get());
        provinces.selectedProperty().addListener((obs, old, now) -> model.provinceBordersProperty().set(now));
        listen(model.provinceBordersProperty(), (obs, old, now) -> provinces.setSelected(now));
        provinces.setDisable(!model.hasProvinceBorders());
        reset.setOnAction(e -> canvas.resetView());
        exportMap.setOnAction(e -> model.exportMap());
        exportChart.setOnAction(e -> model.exportChart());
        exportMap.disableProperty().bind(model.mapProperty().isNull());
        exportChart.disableProperty().bind(model.mapProperty().isNull());

        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        canvas.setOnHover(code -> model.hoveredProperty().set(code));
        canvas.setOnSelect(code -> model.selectedProperty().set(code));
        listen(model.shapesProperty(), (obs, old, now) -> {
            canvas.setShapes(now);
            provinces.setDisable(!model.hasProvinceBorders());
        });
        listen(model.mapProperty(), (obs, old, now) -> showMap(now));
        listen(model.selectedProperty(), (obs, old, now) -> {
            canvas.setSelected(now);
            showInfo();
        });
        listen(model.hoveredProperty(), (obs, old, now) -> {
            canvas.setHovered(now);
            showInfo();
            updateTooltip(now);
        });
        canvas.setShapes(model.shapes());
        canvas.setSelected(model.selectedProperty().get());
        showMap(model.map());
    }

    private void fillSources() {
        filling = true;
        IndexedChoices.show(source, model.sources().size(), model.sourceProperty().get());
        filling = false;
    }

    private void showMap(MapViewModel.MapData data) {
        canvas.setColours(data == null ? null : data.choropleth());
        canvas.setRegionType(data == null ? null : data.regionType());
        canvas.setProvinceBorders(data != null && data.provinceBorders());
        legend.show(data);
        showInfo();
    }

    private void showInfo() {
        String code = model.hoveredProperty().get();
        if (code == null) {
            code = model.selectedProperty().get();
        }
        info.getChildren().clear();
        if (code == null) {
            infoTitle.setText(messages.get("map.info.none"));
            return;
        }
        infoTitle.setText(model.nameOf(code));
        int row = 0;
        for (MapViewModel.Detail d : model.details(code)) {
            Label label = new Label(d.label());
            label.getStyleClass().add("map-info-label");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setMinWidth(0);
            Label value = new Label(d.value());
            value.getStyleClass().add("map-info-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.setId("map-info-value-" + row);
            info.addRow(row++, label, value);
        }
    }

    private void updateTooltip(String code) {
        if (code == null) {
            Tooltip.uninstall(canvas, tooltip);
            return;
        }
        StringBuilder text = new StringBuilder(model.nameOf(code));
        for (MapViewModel.Detail d : model.details(code)) {
            text.append('\n').append(d.label()).append(": ").append(d.value());
        }
        tooltip.setText(text.toString());
        Tooltip.install(canvas, tooltip);
    }

    @Override
    public Parent root() {
        return root;
    }
}
