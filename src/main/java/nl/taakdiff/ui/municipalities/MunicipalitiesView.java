package nl.taakdiff.ui.municipalities;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.municipalities.MunicipalitiesViewModel.OverrideRow;
import nl.taakdiff.ui.municipalities.MunicipalitiesViewModel.Row;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The municipalities of the data set under the current scenario, with filters, and below them the
 * scenario's overrides with a form to add, change and remove them.
 *
 * <p>Over 500 lines because the table, its filters and the overrides form share one selection and
 * are laid out together; the rules for what may be entered are in the view model.
 */
public final class MunicipalitiesView extends View {
    private static final int ALL = -1;
    private final MunicipalitiesViewModel model;
    private final Messages messages;
    private final Formats formats;
    private BorderPane root;
    private Label heading;
    private TextField search;
    private ComboBox<Integer> sizeClass;
    private ComboBox<String> province;
    private Label shown;
    private Label problem;
    private TableView<Row> table;
    private TableView<OverrideRow> overrideTable;
    private ComboBox<Municipality> municipality;
    private ComboBox<Task> task;
    private ComboBox<Level> level;
    private TextField reason;
    private Label ruleLevel;
    private Label overrideProblem;
    private Button add;
    private Button save;
    private Button remove;
    private Button clear;
    private final List<TableColumn<Row, ?>> regionColumns = new ArrayList<>();

    public MunicipalitiesView(MunicipalitiesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = messages.formats();
        init();
    }

    @Override
    protected void initializeParts() {
        root = new BorderPane();
        root.setId("municipalities-view");
        heading = new Label();
        heading.getStyleClass().add("view-title");
        search = new TextField();
        search.setId("municipalities-search");
        search.setPromptText(messages.get("municipalities.search"));
        search.setPrefColumnCount(18);
        sizeClass = new ComboBox<>();
        sizeClass.setId("municipalities-class-filter");
        sizeClass.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                if (index == null || index == ALL) {
                    return messages.get("municipalities.allClasses");
                }
                List<SizeClass> classes = model.classesProperty().get();
                return index < classes.size() ? classLabel(classes.get(index)) : "";
            }

            @Override
            public Integer fromString(String string) {
                return null;
            }
        });
        province = new ComboBox<>();
        province.setId("municipalities-province-filter");
        province.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? messages.get("municipalities.allProvinces") : value;
            }

            @Override
            public String fromString(String string) {
                return string;
            }
        });
        shown = new Label();
        shown.setId("municipalities-shown");
        shown.setMinWidth(Region.USE_PREF_SIZE);
        problem = new Label();
        problem.setId("municipalities-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        table = new TableView<>();
        table.setId("municipalities-table");
        table.setPlaceholder(new Label(messages.get("municipalities.none")));
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

    private String classLabel(SizeClass c) {
        return formats.sizeClass(c);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void layoutParts() {
        FlowPane filters = new FlowPane(8, 6, label(messages.get("municipalities.filter")), search,
                label(messages.get("municipalities.sizeClass")), sizeClass,
                label(messages.get("municipalities.province")), province, shown);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, heading, filters, problem);
        top.setPadding(new Insets(0, 0, 6, 0));
        VBox upper = new VBox(top, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label overridesTitle = new Label(messages.get("override.title"));
        overridesTitle.getStyleClass().add("section-title");
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
        VBox lower = new VBox(6, overridesTitle, overridesHint, overrideTable, form, buttons, overrideProblem);
        VBox.setVgrow(overrideTable, Priority.ALWAYS);
        overrideTable.setMinHeight(80);
        lower.setPadding(new Insets(6, 0, 0, 0));

        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setCenter(split);
        root.setPadding(new Insets(10));
    }

    @Override
    protected void bindToModel() {
        listen(model.scenarioNameProperty(), obs -> updateHeading());
        updateHeading();
        search.textProperty().bindBidirectional(model.textProperty());
        onDispose(() -> search.textProperty().unbindBidirectional(model.textProperty()));
        listen(model.classesProperty(), (obs, old, now) -> updateClassChoices());
        updateClassChoices();
        sizeClass.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.sizeClassFilterProperty().set(now);
            }
        });
        listen(model.sizeClassFilterProperty(), (obs, old, now) -> sizeClass.setValue(now.intValue()));
        updateProvinceChoices();
        listen(model.provinces(), (ListChangeListener<String>) c -> updateProvinceChoices());
        province.valueProperty().addListener((obs, old, now) -> model.provinceFilterProperty().set(now));

        SortedList<Row> sorted = new SortedList<>(model.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        buildColumns();
        listen(model.regionTypes(), (ListChangeListener<String>) c -> buildColumns());
        listen(model.filtered(), (ListChangeListener<Row>) c -> updateShown());
        updateShown();
        listen(model.problemProperty(), obs -> updateProblem());
        updateProblem();

        buildOverrideColumns();
        overrideTable.setItems(model.overrides());
        municipality.setItems(model.municipalityChoices());
        task.setItems(model.taskChoices());
        listen(table.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (now != null && overrideTable.getSelectionModel().isEmpty()) {
                municipality.setValue(now.municipality());
            }
            if (now != null) {
                model.selectedMunicipalityProperty().set(now.municipality().code());
            }
        });
        // Follow a selection made elsewhere, e.g. a click on the map.
        listen(model.selectedMunicipalityProperty(), obs -> showSelected());
        showSelected();
        listen(overrideTable.getSelectionModel().selectedItemProperty(), (obs, old, now) -> fillForm(now));
        municipality.valueProperty().addListener(obs -> updateForm());
        task.valueProperty().addListener(obs -> updateForm());
        level.valueProperty().addListener(obs -> updateForm());
        reason.textProperty().addListener(obs -> updateForm());
        listen(model.overrides(), (ListChangeListener<OverrideRow>) c -> updateForm());

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(reason, false, Validator.createEmptyValidator(messages.get("override.problem.reason")));
        validation.registerValidator(level, false, (javafx.scene.control.Control c, Level value) ->
                ValidationResult.fromErrorIf(c, messages.get("override.problem.level"), value == null));

        add.setOnAction(e -> addOverride());
        save.setOnAction(e -> saveOverride());
        remove.setOnAction(e -> removeOverrides());
        clear.setOnAction(e -> clearForm());
        remove.disableProperty().bind(Bindings.isEmpty(overrideTable.getSelectionModel().getSelectedIndices())
                .or(model.editableProperty().not()));
        updateForm();
    }

    private void updateProvinceChoices() {
        ObservableList<String> choices = FXCollections.observableArrayList("");
        choices.addAll(model.provinces());
        String wanted = model.provinceFilterProperty().get() == null ? "" : model.provinceFilterProperty().get();
        province.setItems(choices);
        province.setValue(choices.contains(wanted) ? wanted : "");
    }

    private void showSelected() {
        String code = model.selectedMunicipalityProperty().get();
        Row current = table.getSelectionModel().getSelectedItem();
        if (code == null || current != null && current.municipality().code().equals(code)) {
            return;
        }
        for (Row row : table.getItems()) {
            if (row.municipality().code().equals(code)) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return;
            }
        }
    }

    private void updateHeading() {
        String name = model.scenarioNameProperty().get();
        heading.setText(name.isEmpty() ? messages.get("municipalities.title")
                : messages.get("municipalities.titleFor", name));
    }

    private void updateProblem() {
        problem.setText(model.problemProperty().get());
        problem.setVisible(!model.problemProperty().get().isEmpty());
        problem.setManaged(!model.problemProperty().get().isEmpty());
    }

    private void updateShown() {
        shown.setText(messages.get("municipalities.shown", formats.count(model.filtered().size()),
                formats.count(model.rows().size())));
    }

    private void updateClassChoices() {
        List<Integer> choices = new ArrayList<>();
        choices.add(ALL);
        for (int i = 0; i < model.classesProperty().get().size(); i++) {
            choices.add(i);
        }
        sizeClass.getItems().setAll(choices);
        sizeClass.setValue(model.sizeClassFilterProperty().get());
    }

    private <T> TableColumn<Row, T> column(String id, String key, double width,
                                           javafx.util.Callback<Row, javafx.beans.value.ObservableValue<T>> value) {
        TableColumn<Row, T> column = new TableColumn<>(messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> value.call(c.getValue()));
        return column;
    }

    private void buildColumns() {
        TableColumn<Row, String> code = column("municipality-code", "municipalities.code", 70,
                r -> new ReadOnlyObjectWrapper<>(r.municipality().code()));
        TableColumn<Row, String> name = column("municipality-name", "municipalities.name", 170,
                r -> new ReadOnlyObjectWrapper<>(r.municipality().name()));
        TableColumn<Row, String> prov = column("municipality-province", "municipalities.province", 110,
                r -> new ReadOnlyObjectWrapper<>(r.municipality().province()));
        TableColumn<Row, Long> population = column("municipality-population", "municipalities.population", 95,
                r -> new ReadOnlyObjectWrapper<>(r.municipality().population()));
        population.setCellFactory(c -> numberCell(v -> formats.population(v)));
        TableColumn<Row, SizeClass> cls = column("municipality-class", "municipalities.sizeClass", 120,
                Row::sizeClassProperty);
        cls.setCellFactory(c -> textCell(v -> classLabel(v)));
        cls.setComparator((a, b) -> Integer.compare(a == null ? -1 : a.index(), b == null ? -1 : b.index()));
        TableColumn<Row, Double> cost = column("municipality-cost", "municipalities.cost", 120, Row::costProperty);
        cost.setCellFactory(c -> numberCell(v -> formats.moneyCompact(v)));
        TableColumn<Row, Double> perInhabitant = column("municipality-cost-per-inhabitant",
                "municipalities.costPerInhabitant", 110,
                r -> javafx.beans.binding.Bindings.createObjectBinding(r::costPerInhabitant, r.costProperty()));
        perInhabitant.setCellFactory(c -> numberCell(v -> formats.money(v)));
        TableColumn<Row, Integer> overrides = column("municipality-overrides", "municipalities.overrides", 80,
                r -> r.overridesProperty().asObject());
        overrides.setCellFactory(c -> numberCell(v -> v == 0 ? "" : formats.count(v)));
        regionColumns.clear();
        for (String type : model.regionTypes()) {
            TableColumn<Row, String> region = new TableColumn<>(messages.has("regionType." + type)
                    ? messages.get("regionType." + type) : type);
            region.setId("municipality-region-" + type);
            region.setPrefWidth(130);
            region.setVisible(true);
            region.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().municipality().region(type)
                    .map(r -> r.name()).orElse("–")));
            regionColumns.add(region);
        }
        TableColumn<Row, String> regions = new TableColumn<>(messages.get("municipalities.regions"));
        regions.getColumns().setAll(regionColumns.stream().map(c -> (TableColumn<Row, ?>) c).toList());
        table.getColumns().setAll(List.of(code, name, prov, population, cls, cost, perInhabitant, overrides, regions));
    }

    private <T> TableCell<Row, T> numberCell(java.util.function.Function<T, String> format) {
        TableCell<Row, T> cell = textCell(format);
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }

    private static <S, T> TableCell<S, T> textCell(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? (empty ? null : "…") : format.apply(item));
            }
        };
    }

    private void buildOverrideColumns() {
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

    private String code(Municipality m) {
        return m == null ? null : m.code();
    }

    private String code(Task t) {
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
