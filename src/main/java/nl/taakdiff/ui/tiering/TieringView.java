package nl.taakdiff.ui.tiering;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.ModelView;
import nl.taakdiff.ui.tiering.TieringViewModel.Bound;
import nl.taakdiff.ui.tiering.TieringViewModel.ClassCount;
import nl.taakdiff.ui.tiering.TieringViewModel.Preset;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The size classes of the current scenario: one row per class with its lower bound (editable), its
 * upper bound, and the municipalities and inhabitants in it; presets; apply and reset.
 */
public final class TieringView extends ModelView<TieringViewModel> {
    private ScrollPane root;
    private VBox content;
    private Label heading;
    private Label remapNote;
    private FlowPane presets;
    private GridPane grid;
    private Label problems;
    private Label total;
    private Button add;
    private Button reset;
    private Button apply;
    private ValidationSupport validation;
    private final List<Label[]> rowLabels = new ArrayList<>();

    public TieringView(TieringViewModel model, Messages messages) {
        super(model, messages);
        init();
    }

    @Override
    protected void initializeParts() {
        content = new VBox(10);
        content.getStyleClass().add("tiering-view");
        content.setPadding(new Insets(10));
        root = new ScrollPane(content);
        root.setId("tiering-view");
        root.setFitToWidth(true);
        heading = new Label();
        heading.setId("tiering-heading");
        heading.getStyleClass().add("view-title");
        remapNote = new Label(messages.get("tiering.remapNote"));
        remapNote.setId("tiering-remap-note");
        remapNote.getStyleClass().add("hint");
        remapNote.setWrapText(true);
        presets = new FlowPane(8, 6);
        presets.setAlignment(Pos.CENTER_LEFT);
        Label presetLabel = new Label(messages.get("tiering.presets"));
        presetLabel.setMinWidth(Region.USE_PREF_SIZE);
        presets.getChildren().add(presetLabel);
        for (Preset preset : Preset.values()) {
            Button button = new Button(messages.get("tiering.preset." + preset.name().toLowerCase()));
            button.setId("tiering-preset-" + preset.name().toLowerCase().replace("_", ""));
            button.setTooltip(new Tooltip(messages.get("tiering.preset." + preset.name().toLowerCase() + ".tooltip")));
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> model.usePreset(preset));
            presets.getChildren().add(button);
        }
        grid = new GridPane();
        grid.setId("tiering-grid");
        grid.getStyleClass().add("tiering-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        problems = new Label();
        problems.setId("tiering-problems");
        problems.getStyleClass().add("problem");
        problems.setWrapText(true);
        total = new Label();
        total.setId("tiering-total");
        total.getStyleClass().add("hint");
        add = new Button(messages.get("tiering.add"));
        add.setId("tiering-add");
        add.setOnAction(e -> model.addClass());
        reset = new Button(messages.get("tiering.reset"));
        reset.setId("tiering-reset");
        reset.setTooltip(new Tooltip(messages.get("tiering.reset.tooltip")));
        reset.setOnAction(e -> model.reset());
        apply = new Button(messages.get("tiering.apply"));
        apply.setId("tiering-apply");
        apply.setDefaultButton(false);
        apply.getStyleClass().add("primary");
        apply.setTooltip(new Tooltip(messages.get("tiering.apply.tooltip")));
        apply.setOnAction(e -> model.apply());
        for (Button b : new Button[] {add, reset, apply}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    @Override
    protected void layoutParts() {
        ColumnConstraints[] columns = new ColumnConstraints[6];
        double[] widths = {70, 150, 130, 120, 150, 40};
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnConstraints();
            columns[i].setMinWidth(widths[i]);
            columns[i].setHalignment(i >= 2 && i <= 4 ? HPos.RIGHT : HPos.LEFT);
        }
        grid.getColumnConstraints().setAll(columns);
        HBox buttons = new HBox(8, add, reset, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(heading, remapNote, presets, grid, total, problems, buttons);
    }

    @Override
    protected void bindToModel() {
        listen(model.scenarioNameProperty(), obs -> updateHeading());
        updateHeading();
        listen(model.bounds(), (javafx.collections.ListChangeListener<Bound>) c -> buildRows());
        listen(model.preview(), (javafx.collections.ListChangeListener<ClassCount>) c -> updateCounts());
        listen(model.problems(), (javafx.collections.ListChangeListener<String>) c -> updateProblems());
        buildRows();
        updateProblems();
        apply.disableProperty().bind(model.changedProperty().not().or(model.editableProperty().not()));
        add.disableProperty().bind(model.editableProperty().not());
        presets.disableProperty().bind(model.editableProperty().not());
    }

    private void updateHeading() {
        String name = model.scenarioNameProperty().get();
        heading.setText(name.isEmpty() ? messages.get("tiering.title") : messages.get("tiering.titleFor", name));
    }

    private void updateProblems() {
        problems.setText(String.join("\n", model.problems()));
        problems.setVisible(!model.problems().isEmpty());
        problems.setManaged(!model.problems().isEmpty());
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("column-header-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void buildRows() {
        grid.getChildren().clear();
        rowLabels.clear();
        validation = new ValidationSupport();
        grid.addRow(0, header("tiering.class"), header("tiering.from"), header("tiering.to"),
                header("tiering.municipalities"), header("tiering.inhabitants"), new Label());
        for (int i = 0; i < model.bounds().size(); i++) {
            int index = i;
            Bound bound = model.bounds().get(i);
            Label name = new Label(messages.get("tiering.classNumber", i + 1));
            name.setMinWidth(Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId("tiering-bound-" + i);
            field.setPrefColumnCount(9);
            field.setAlignment(Pos.CENTER_RIGHT);
            field.textProperty().bindBidirectional(bound.textProperty());
            field.editableProperty().bind(model.editableProperty());
            validation.registerValidator(field, false, (Control c, String value) ->
                    ValidationResult.fromErrorIf(c, bound.problemProperty().get(), !bound.problemProperty().get().isEmpty()));
            Label to = new Label();
            Label count = new Label();
            count.setId("tiering-count-" + i);
            Label inhabitants = new Label();
            inhabitants.setId("tiering-inhabitants-" + i);
            for (Label l : new Label[] {to, count, inhabitants}) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            Button remove = new Button("✕");
            remove.setId("tiering-remove-" + i);
            remove.getStyleClass().add("danger");
            remove.setTooltip(new Tooltip(messages.get("tiering.remove.tooltip", i + 1)));
            remove.setOnAction(e -> model.removeClass(index));
            remove.disableProperty().bind(Bindings.size(model.bounds()).lessThan(2).or(model.editableProperty().not()));
            grid.addRow(i + 1, name, field, to, count, inhabitants, remove);
            rowLabels.add(new Label[] {to, count, inhabitants});
        }
        updateCounts();
    }

    private void updateCounts() {
        List<ClassCount> counts = model.preview();
        long municipalities = 0;
        long people = 0;
        for (int i = 0; i < rowLabels.size(); i++) {
            Label[] labels = rowLabels.get(i);
            if (i < counts.size()) {
                ClassCount c = counts.get(i);
                SizeClass sc = c.sizeClass();
                labels[0].setText(sc.isOpenEnded() ? messages.get("tiering.andMore")
                        : messages.get("tiering.below", formats.population(sc.upper())));
                labels[1].setText(formats.count(c.municipalities()));
                labels[2].setText(formats.population(c.inhabitants()));
                municipalities += c.municipalities();
                people += c.inhabitants();
            } else {
                for (Label l : labels) {
                    l.setText("–");
                }
            }
        }
        total.setText(counts.isEmpty() ? "" : messages.get("tiering.total", formats.count(municipalities),
                formats.population(people)));
    }

    @Override
    public Parent root() {
        return root;
    }
}
