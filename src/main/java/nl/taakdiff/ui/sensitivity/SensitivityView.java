package nl.taakdiff.ui.sensitivity;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.ClassSpread;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.MetricSpread;
import nl.taakdiff.engine.uncertainty.Parameter;
import nl.taakdiff.engine.uncertainty.ParameterKind;
import nl.taakdiff.engine.uncertainty.TornadoRow;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.sensitivity.SensitivityViewModel.RunState;

/**
 * The Sensitivity view: the tornado of the chosen metric's delta for the comparison on screen,
 * and the Uncertainty panel with its Monte Carlo run, histogram, read-out and spread per size class.
 */
public final class SensitivityView extends View {
    private final SensitivityViewModel model;
    private final Messages messages;
    private final Formats formats;
    private BorderPane root;
    private Label heading;
    private Label pair;
    private Label problem;
    private ComboBox<Metric> metric;
    private ComboBox<Double> range;
    private TornadoChart tornado;
    private ComboBox<Integer> draws;
    private ComboBox<Distribution> distribution;
    private Button run;
    private Button cancel;
    private ProgressBar progress;
    private Label status;
    private Label readOut;
    private Label convergence;
    private Histogram histogram;
    private TableView<ClassSpread> classes;

    public SensitivityView(SensitivityViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.formats = messages.formats();
        init();
    }

    @Override
    protected void initializeParts() {
        root = new BorderPane();
        root.setId("sensitivity-view");
        heading = new Label(messages.get("sensitivity.heading"));
        heading.getStyleClass().add("view-title");
        pair = new Label();
        pair.setId("sensitivity-pair");
        problem = new Label();
        problem.setId("sensitivity-problem");
        problem.getStyleClass().add("problem");
        metric = new ComboBox<>();
        metric.setId("sensitivity-metric");
        metric.getItems().setAll(Metric.values());
        cells(metric, m -> messages.get("metric." + m.key()));
        range = new ComboBox<>();
        range.setId("sensitivity-range");
        range.getItems().setAll(SensitivityViewModel.RANGE_CHOICES);
        cells(range, r -> "± " + formats.percent(r));
        tornado = new TornadoChart();
        tornado.setId("sensitivity-tornado");
        tornado.setOnRowClicked(this::jumpToTask);

        draws = new ComboBox<>();
        draws.setId("uncertainty-draws");
        draws.getItems().setAll(SensitivityViewModel.DRAW_CHOICES);
        cells(draws, d -> formats.count(d));
        distribution = new ComboBox<>();
        distribution.setId("uncertainty-distribution");
        distribution.getItems().setAll(Distribution.values());
        cells(distribution, d -> messages.get("uncertainty.distribution." + d.key()));
        nl.taakdiff.ui.common.ColumnFit.fitToChoices(draws, d -> formats.count(d));
        nl.taakdiff.ui.common.ColumnFit.fitToChoices(distribution, d -> messages.get("uncertainty.distribution." + d.key()));
        draws.setMinWidth(Region.USE_PREF_SIZE);
        distribution.setMinWidth(Region.USE_PREF_SIZE);
        run = new Button(messages.get("uncertainty.run"));
        run.setId("uncertainty-run");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setDefaultButton(false);
        cancel = new Button(messages.get("uncertainty.cancel"));
        cancel.setId("uncertainty-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        progress = new ProgressBar(0);
        progress.setId("uncertainty-progress");
        progress.setPrefWidth(180);
        status = new Label();
        status.setId("uncertainty-status");
        readOut = new Label();
        readOut.setId("uncertainty-readout");
        readOut.getStyleClass().add("uncertainty-readout");
        readOut.setWrapText(true);
        convergence = new Label();
        convergence.setId("uncertainty-convergence");
        convergence.setWrapText(true);
        histogram = new Histogram();
        histogram.setId("uncertainty-histogram");
        classes = new TableView<>();
        classes.setId("uncertainty-classes");
        classes.setPrefHeight(150);
        classes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        classes.setPlaceholder(new Label(messages.get("uncertainty.classes.empty")));
        classes.getColumns().add(column("uncertainty.classes.class", c -> formats.sizeClass(c.sizeClass())));
        classes.getColumns().add(column("uncertainty.classes.municipalities", c -> formats.count(c.municipalities())));
        classes.getColumns().add(column("uncertainty.classes.mean", c -> formats.delta(nl.taakdiff.engine.Unit.MONEY, c.mean(), false)));
        classes.getColumns().add(column("uncertainty.classes.p5", c -> formats.delta(nl.taakdiff.engine.Unit.MONEY, c.p5(), false)));
        classes.getColumns().add(column("uncertainty.classes.p95", c -> formats.delta(nl.taakdiff.engine.Unit.MONEY, c.p95(), false)));
    }

    private TableColumn<ClassSpread, String> column(String key, java.util.function.Function<ClassSpread, String> text) {
        TableColumn<ClassSpread, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        return nl.taakdiff.ui.common.ColumnFit.fit(c);
    }

    private static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> text) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> factory = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }

    @Override
    protected void layoutParts() {
        HBox controls = new HBox(8, label("sensitivity.metric"), metric, label("sensitivity.range"), range);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label tornadoTitle = new Label(messages.get("sensitivity.tornado.title"));
        tornadoTitle.getStyleClass().add("section-title");
        Label tornadoHint = new Label(messages.get("sensitivity.tornado.hint"));
        tornadoHint.setWrapText(true);
        VBox tornadoBox = new VBox(6, tornadoTitle, tornadoHint, tornado);

        Label mcTitle = new Label(messages.get("uncertainty.title"));
        mcTitle.getStyleClass().add("section-title");
        // wraps onto a second line in a narrow window rather than squeezing the buttons
        javafx.scene.layout.FlowPane mcControls = new javafx.scene.layout.FlowPane(8, 6, pair(label("uncertainty.draws"), draws),
                pair(label("uncertainty.distribution"), distribution), run, cancel, progress);
        mcControls.setAlignment(Pos.CENTER_LEFT);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        Label classesTitle = new Label(messages.get("uncertainty.classes.title"));
        classesTitle.getStyleClass().add("section-title");
        VBox mcBox = new VBox(6, mcTitle, mcControls, status, readOut, convergence, histogram, classesTitle, classes);

        VBox content = new VBox(14, tornadoBox, mcBox);
        content.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("sensitivity-scroll");
        VBox top = new VBox(6, heading, pair, controls, problem);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(scroll);
        root.setPadding(new Insets(10));
    }

    private static HBox pair(Label label, javafx.scene.Node control) {
        HBox pair = new HBox(8, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    protected void bindToModel() {
        metric.setValue(model.metricProperty().get());
        range.setValue(model.rangeProperty().get());
        draws.setValue(model.drawsProperty().get());
        distribution.setValue(model.distributionProperty().get());
        listen(metric.valueProperty(), (obs, old, now) -> {
            if (now != null) {
                model.metricProperty().set(now);
            }
        });
        listen(range.valueProperty(), (obs, old, now) -> {
            if (now != null) {
                model.rangeProperty().set(now);
            }
        });
        listen(draws.valueProperty(), (obs, old, now) -> {
            if (now != null) {
                model.drawsProperty().set(now);
            }
        });
        listen(distribution.valueProperty(), (obs, old, now) -> {
            if (now != null) {
                model.distributionProperty().set(now);
            }
        });
        run.setOnAction(e -> model.run());
        cancel.setOnAction(e -> model.cancel());
        progress.progressProperty().bind(model.progressProperty());
        onDispose(() -> progress.progressProperty().unbind());
        pair.textProperty().bind(model.titleProperty());
        problem.textProperty().bind(model.problemProperty());
        onDispose(() -> {
            pair.textProperty().unbind();
            problem.textProperty().unbind();
        });
        listen(model.tornadoProperty(), obs -> showTornado());
        listen(model.uncertaintyProperty(), obs -> showUncertainty());
        listen(model.metricProperty(), obs -> showUncertainty());
        listen(model.runStateProperty(), obs -> updateStatus());
        listen(model.outdatedProperty(), obs -> updateStatus());
        showTornado();
        showUncertainty();
        updateStatus();
    }

    private void showTornado() {
        tornado.show(model.tornado(), new TornadoTexts(messages).labels(model.metricProperty().get()));
    }

    private void jumpToTask(TornadoRow row) {
        Parameter p = row.parameter();
        if (p.kind() == ParameterKind.OVERHEAD) {
            return;
        }
        model.showTask(TornadoTexts.taskCode(p));
        Node tabs = root.getScene() == null ? null : root.getScene().lookup("#workspace-tabs");
        if (tabs instanceof TabPane pane) {
            for (Tab tab : pane.getTabs()) {
                if ("tasks".equals(tab.getId())) {
                    pane.getSelectionModel().select(tab);
                }
            }
        }
    }

    private void showUncertainty() {
        UncertaintyResult r = model.uncertainty();
        if (r == null) {
            readOut.setText(messages.get("uncertainty.none"));
            convergence.setText("");
            histogram.show(null, null, v -> "");
            classes.getItems().clear();
            return;
        }
        Metric m = model.metricProperty().get();
        MetricSpread spread = r.metric(m);
        readOut.setText(model.readOut().orElse(""));
        convergence.setText(model.convergence().orElse(""));
        histogram.show(r.sortedDeltas(m), spread.delta(), v -> formats.delta(m.unit(), v, true));
        classes.getItems().setAll(r.classes());
    }

    private void updateStatus() {
        RunState state = model.runStateProperty().get();
        boolean running = state == RunState.RUNNING;
        run.setDisable(running);
        cancel.setDisable(!running);
        progress.setVisible(running || state == RunState.DONE);
        List<String> parts = new java.util.ArrayList<>();
        switch (state) {
            case RUNNING -> parts.add(messages.get("uncertainty.status.running"));
            case CANCELLED -> parts.add(messages.get("uncertainty.status.cancelled"));
            case FAILED -> parts.add(messages.get("uncertainty.status.failed"));
            default -> { }
        }
        if (model.outdatedProperty().get()) {
            parts.add(messages.get("uncertainty.status.outdated"));
        }
        status.setText(String.join(" ", parts));
        status.getStyleClass().remove("uncertainty-outdated");
        readOut.getStyleClass().remove("uncertainty-outdated");
        if (model.outdatedProperty().get()) {
            status.getStyleClass().add("uncertainty-outdated");
            readOut.getStyleClass().add("uncertainty-outdated");
        }
    }

    public SensitivityViewModel model() {
        return model;
    }

    @Override
    public Parent root() {
        return root;
    }
}
