package nl.taakdiff.ui.export;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.taakdiff.ui.common.FormGrid;
import nl.taakdiff.ui.common.Messages;

/**
 * The Export dialog (File > Export…, the tool bar's Export, Ctrl+E): format, the scenarios
 * compared, what to include, the file, and the export's progress with Cancel. It stays open while
 * the export runs and says when it is done.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();

    public ExportDialog(ExportViewModel model, Window owner) {
        this.model = model;
        this.messages = model.messages();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("exportDialog.title"));
        Scene scene = new Scene(content());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> model.cancel());
    }

    /** Fills the dialog from the comparison on screen and shows it. */
    public void show() {
        model.prepare();
        stage.show();
        stage.sizeToScene();
    }

    public Stage stage() {
        return stage;
    }

    private Region content() {
        GridPane form = FormGrid.of(12, 10);
        FormGrid.fieldColumn(form).setMinWidth(360);
        int row = 0;

        ComboBox<ExportChoice> format = choices("export-format", List.of(ExportChoice.values()),
                c -> messages.get(c.key()));
        format.valueProperty().bindBidirectional(model.formatProperty());
        form.addRow(row++, label("exportDialog.format"), format);

        ComboBox<ExportChoice.Picture> picture = choices("export-picture", List.of(ExportChoice.Picture.values()),
                p -> messages.get(p.key()));
        picture.valueProperty().bindBidirectional(model.pictureProperty());
        Label pictureLabel = label("exportDialog.picture");
        BooleanBinding png = model.formatProperty().isEqualTo(ExportChoice.PNG);
        for (var node : List.of(pictureLabel, picture)) {
            node.visibleProperty().bind(png);
            node.managedProperty().bind(png);
        }
        form.addRow(row++, pictureLabel, picture);

        ComboBox<String> baseline = choices("export-baseline", model.scenarioNames(), s -> s);
        baseline.valueProperty().bindBidirectional(model.baselineProperty());
        form.addRow(row++, label("exportDialog.baseline"), baseline);

        VBox alternatives = new VBox(4);
        alternatives.setId("export-alternatives");
        List<CheckBox> boxes = new ArrayList<>();
        List<String> names = model.scenarioNames();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            CheckBox box = new CheckBox(name);
            box.setId("export-alternative-" + i);
            box.setWrapText(true);
            box.setOnAction(e -> model.setAlternative(name, box.isSelected()));
            boxes.add(box);
        }
        Runnable sync = () -> {
            for (int i = 0; i < boxes.size(); i++) {
                CheckBox box = boxes.get(i);
                String name = names.get(i);
                box.setSelected(model.alternatives().contains(name));
                box.setDisable(name.equals(model.baselineProperty().get()) || !box.isSelected()
                        && model.alternatives().size() >= nl.taakdiff.io.export.ExportInput.MAX_ALTERNATIVES);
            }
        };
        model.alternatives().addListener((javafx.collections.ListChangeListener<String>) c -> sync.run());
        model.baselineProperty().addListener((obs, old, now) -> sync.run());
        sync.run();
        alternatives.getChildren().setAll(boxes);
        ScrollPane scroll = new ScrollPane(alternatives);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(6, Math.max(1, boxes.size())) * 26.0);
        Label altLabel = label("exportDialog.alternatives");
        GridPane.setValignment(altLabel, javafx.geometry.VPos.TOP);
        form.addRow(row++, altLabel, scroll);

        CheckBox uncertainty = new CheckBox(messages.get("exportDialog.include.uncertainty"));
        uncertainty.setId("export-include-uncertainty");
        uncertainty.setWrapText(true);
        uncertainty.selectedProperty().bindBidirectional(model.uncertaintyProperty());
        CheckBox exploration = new CheckBox(messages.get("exportDialog.include.exploration"));
        exploration.setId("export-include-exploration");
        exploration.setWrapText(true);
        exploration.selectedProperty().bindBidirectional(model.explorationProperty());
        Label always = new Label(messages.get("exportDialog.include.always"));
        always.setWrapText(true);
        always.getStyleClass().add("hint");
        VBox include = new VBox(6, always, uncertainty, exploration);
        include.setId("export-include");
        BooleanBinding sections = Bindings.createBooleanBinding(() -> model.formatProperty().get().hasSections(),
                model.formatProperty());
        include.disableProperty().bind(sections.not());
        Label includeLabel = label("exportDialog.include");
        GridPane.setValignment(includeLabel, javafx.geometry.VPos.TOP);
        form.addRow(row++, includeLabel, include);

        ComboBox<Integer> draws = choices("export-draws", ExportViewModel.DRAW_CHOICES,
                n -> messages.get("exportDialog.draws.value", messages.formats().count(n)));
        draws.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.drawsProperty().set(now);
            }
        });
        draws.setValue(model.drawsProperty().get());
        BooleanBinding drawsNeeded = Bindings.createBooleanBinding(() -> model.formatProperty().get().hasSections()
                        && model.uncertaintyProperty().get() || model.formatProperty().get() == ExportChoice.PNG
                        && (model.pictureProperty().get() == ExportChoice.Picture.TORNADO
                        || model.pictureProperty().get() == ExportChoice.Picture.UNCERTAINTY),
                model.formatProperty(), model.uncertaintyProperty(), model.pictureProperty());
        draws.disableProperty().bind(drawsNeeded.not());
        form.addRow(row++, label("exportDialog.draws"), draws);

        TextField file = new TextField();
        file.setId("export-file");
        file.textProperty().bindBidirectional(model.fileProperty());
        Button browse = new Button(messages.get("exportDialog.browse"));
        browse.setId("export-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> model.browse());
        HBox.setHgrow(file, Priority.ALWAYS);
        form.addRow(row++, label("exportDialog.file"), new HBox(8, file, browse));

        CheckBox open = new CheckBox(messages.get("exportDialog.open"));
        open.setId("export-open");
        open.selectedProperty().bindBidirectional(model.openResultProperty());
        form.add(open, 1, row++);

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(model.runningProperty().or(model.finishedProperty()));
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setMinHeight(Region.USE_PREF_SIZE);

        Button cancel = new Button(messages.get("exportDialog.cancel"));
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button start = new Button(messages.get("exportDialog.export"));
        start.setId("export-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button close = new Button(messages.get("dialog.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            model.cancel();
            stage.close();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, cancel, spacer, start, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, form, progress, status, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);
        root.setId("export-dialog");
        return root;
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> ComboBox<T> choices(String id, List<T> values, java.util.function.Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                // not editable: a value is always picked from the list
                return null;
            }
        });
        return box;
    }
}
