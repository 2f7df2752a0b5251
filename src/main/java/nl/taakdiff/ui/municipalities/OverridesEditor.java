package nl.taakdiff.ui.municipalities;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.SectionTitles;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.municipalities.MunicipalitiesViewModel.OverrideRow;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The current scenario's overrides and a form to add, change and remove them. What may be entered
 * is decided by the view model; the form shows why an entry cannot be added or saved.
 */
final class OverridesEditor extends View {
    private final MunicipalitiesViewModel model;
    private final Messages messages;
    private VBox root;
    private TableView<OverrideRow> overrideTable;
    private ComboBox<Municipality> municipality;
    private ComboBox<Task> task;
    private ComboBox<Level> level;
    private TextField reason;
    private Label ruleLevel;
    private Label overrideProblem;
    private static final double PROBLEM_HEIGHT = 36;
    private Button add;
    private Button save;
    private Button remove;
    private Button clear;

    OverridesEditor(MunicipalitiesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        init();
    }

    /** Puts a municipality chosen in the table into the form, unless an override is being edited. */
    void offer(Municipality chosen) {
        if (overrideTable.getSelectionModel().isEmpty()) {
            municipality.setValue(chosen);
        }
    }

    @Override
    protected void initializeParts() {
        overrideTable = new TableView<>();
        overrideTable.setId("overrides-table");
        overrideTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        overrideTable.setPlaceholder(new Label(messages.get("override.none")));
        municipality = new ComboBox<>();
        municipality.setId("override-municipality");
        municipality.setPromptText(messages.get("override.municipality"));
        municipality.setConverter(new StringConverter<>() {
            @Override
            public String toString(Municipality m) {
                return m == null ? "" : m.name() + " (" + m.code() + ")";
            }

            @Override
            public Municipality fromString(String string) {
                return null;
            }
        });
        task = new ComboBox<>();
        task.setId("override-task");
        task.setPromptText(messages.get("override.task"));
        task.setConverter(new StringConverter<>() {
            @Override
            public String toString(Task t) {
                return t == null ? "" : t.code() + "  " + t.name();
            }

            @Override
            public Task fromString(String string) {
                return null;
            }
        });
        level = new ComboBox<>(FXCollections.observableArrayList(Level.values()));
        level.setId("override-level");
        level.setPromptText(messages.get("override.level"));
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(Level l) {
                return l == null ? "" : messages.level(l);
            }

            @Override
            public Level fromString(String string) {
                return null;
            }
        });
        reason = new TextField();
        reason.setId("override-reason");
        reason.setPromptText(messages.get("override.reason.prompt"));
        ruleLevel = new Label();
        ruleLevel.setId("override-rule-level");
        ruleLevel.getStyleClass().add("hint");
        overrideProblem = new Label();
        overrideProblem.setId("override-problem");
        overrideProblem.getStyleClass().add("problem");
        overrideProblem.setWrapText(true);
        // room for two lines kept free, so the form does not move when the reason appears or goes
        overrideProblem.setMinHeight(PROBLEM_HEIGHT);
        add = button("override-add", "override.add");
        save = button("override-save", "override.save");
        remove = button("override-remove", "override.remove");
        remove.getStyleClass().add("danger");
        clear = button("override-clear", "override.clear");
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (messages.has(key + ".tooltip")) {
            button.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        }
        return button;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void layoutParts() {
        Label overridesHint = new Label(messages.get("override.hint"));
        overridesHint.getStyleClass().add("hint");
        overridesHint.setWrapText(true);
        overridesHint.setMinHeight(Region.USE_PREF_SIZE);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label(messages.get("override.municipality")), municipality, label(messages.get("override.task")),
                task, label(messages.get("override.level")), level);
        form.add(label(messages.get("override.reason")), 0, 1);
        form.add(reason, 1, 1, 5, 1);
        municipality.setMaxWidth(Double.MAX_VALUE);
        task.setMaxWidth(Double.MAX_VALUE);
        municipality.setPrefWidth(220);
        task.setPrefWidth(260);
        level.setPrefWidth(170);
        HBox buttons = new HBox(8, add, save, remove, clear, ruleLevel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, SectionTitles.of(messages.get("override.title")), overridesHint, overrideTable, form, buttons,
                overrideProblem);
        VBox.setVgrow(overrideTable, Priority.ALWAYS);
        overrideTable.setMinHeight(80);
        root.setPadding(new Insets(6, 0, 0, 0));
    }

    @Override
    protected void bindToModel() {
        buildColumns();
        overrideTable.setItems(model.overrides());
        municipality.setItems(model.municipalityChoices());
        task.setItems(model.taskChoices());
        listen(overrideTable.getSelectionModel().selectedItemProperty(), (obs, old, now) -> fillForm(now));
        municipality.valueProperty().addListener(obs -> updateForm());
        task.valueProperty().addListener(obs -> updateForm());
        level.valueProperty().addListener(obs -> updateForm());
        reason.textProperty().addListener(obs -> updateForm());
        listen(model.overrides(), (ListChangeListener<OverrideRow>) c -> updateForm());

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(reason, false, Validator.createEmptyValidator(messages.get("override.problem.reason")));
        validation.registerValidator(level, false, (Control c, Level value) ->
                ValidationResult.fromErrorIf(c, messages.get("override.problem.level"), value == null));

        add.setOnAction(e -> addOverride());
        save.setOnAction(e -> saveOverride());
        remove.setOnAction(e -> removeOverrides());
        clear.setOnAction(e -> clearForm());
        remove.disableProperty().bind(Bindings.isEmpty(overrideTable.getSelectionModel().getSelectedIndices())
                .or(model.editableProperty().not()));
        updateForm();
    }

    private void buildColumns() {
        TableColumn<OverrideRow, String> mun = new TableColumn<>(messages.get("override.municipality"));
        mun.setPrefWidth(200);
        mun.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().municipalityName() + " ("
                + c.getValue().override().municipalityCode() + ")"));
        TableColumn<OverrideRow, String> t = new TableColumn<>(messages.get("override.task"));
        t.setPrefWidth(240);
        t.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().override().taskCode() + "  "
                + c.getValue().taskName()));
        TableColumn<OverrideRow, String> l = new TableColumn<>(messages.get("override.level"));
        l.setPrefWidth(150);
        l.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.level(c.getValue().override().level())));
        TableColumn<OverrideRow, String> r = new TableColumn<>(messages.get("override.reason"));
        r.setPrefWidth(360);
        r.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().override().reason()));
        r.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        overrideTable.getColumns().setAll(List.of(mun, t, l, r));
    }

    private void fillForm(OverrideRow row) {
        if (row == null) {
            updateForm();
            return;
        }
        municipality.setValue(model.municipalities().stream()
                .filter(m -> m.code().equals(row.override().municipalityCode())).findFirst().orElse(null));
        task.setValue(model.tasks().stream().filter(x -> x.code().equals(row.override().taskCode())).findFirst()
                .orElse(null));
        level.setValue(row.override().level());
        reason.setText(row.override().reason());
        updateForm();
    }

    private int editing() {
        OverrideRow row = overrideTable.getSelectionModel().getSelectedItem();
        return row == null || overrideTable.getSelectionModel().getSelectedIndices().size() != 1 ? -1 : row.index();
    }

    private static String code(Municipality m) {
        return m == null ? null : m.code();
    }

    private static String code(Task t) {
        return t == null ? null : t.code();
    }

    private void updateForm() {
        Level rule = model.ruleLevel(code(municipality.getValue()), code(task.getValue()));
        ruleLevel.setText(rule == null ? "" : messages.get("override.ruleLevel", messages.level(rule)));
        boolean editable = model.editableProperty().get();
        var addProblem = model.overrideProblem(code(municipality.getValue()), code(task.getValue()), level.getValue(),
                reason.getText(), -1);
        int index = editing();
        var saveProblem = index < 0 ? addProblem : model.overrideProblem(code(municipality.getValue()),
                code(task.getValue()), level.getValue(), reason.getText(), index);
        add.setDisable(!editable || addProblem.isPresent());
        save.setDisable(!editable || index < 0 || saveProblem.isPresent());
        boolean touched = municipality.getValue() != null || task.getValue() != null || level.getValue() != null
                || !reason.getText().isEmpty();
        String text = !touched ? "" : (index < 0 ? addProblem : saveProblem).orElse("");
        overrideProblem.setText(text);
        overrideProblem.setVisible(!text.isEmpty());
        overrideProblem.setManaged(!text.isEmpty());
    }

    private void addOverride() {
        if (model.addOverride(code(municipality.getValue()), code(task.getValue()), level.getValue(), reason.getText())) {
            overrideTable.getSelectionModel().clearSelection();
            overrideTable.getSelectionModel().select(model.overrides().size() - 1);
        }
    }

    private void saveOverride() {
        model.updateOverride(editing(), code(municipality.getValue()), code(task.getValue()), level.getValue(),
                reason.getText());
    }

    private void removeOverrides() {
        List<Integer> indexes = new ArrayList<>();
        for (OverrideRow row : overrideTable.getSelectionModel().getSelectedItems()) {
            indexes.add(row.index());
        }
        model.removeOverrides(indexes);
    }

    private void clearForm() {
        overrideTable.getSelectionModel().clearSelection();
        municipality.setValue(null);
        task.setValue(null);
        level.setValue(null);
        reason.clear();
        updateForm();
    }

    @Override
    public Parent root() {
        return root;
    }
}
