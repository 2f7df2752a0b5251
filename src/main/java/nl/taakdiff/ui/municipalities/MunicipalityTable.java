package nl.taakdiff.ui.municipalities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.municipalities.MunicipalitiesViewModel.Row;

/**
 * The municipalities of the data set under the current scenario, filtered by name, size class and
 * province, with their cost, overrides and regions. Follows a municipality selected elsewhere.
 */
final class MunicipalityTable extends View {
    private static final int ALL = -1;
    private final MunicipalitiesViewModel model;
    private final Messages messages;
    private final Formats formats;
    private VBox root;
    private Label heading;
    private TextField search;
    private ComboBox<Integer> sizeClass;
    private ComboBox<String> province;
    private Label shown;
    private Label problem;
    private TableView<Row> table;
    private final List<TableColumn<Row, ?>> regionColumns = new ArrayList<>();

    MunicipalityTable(MunicipalitiesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = messages.formats();
        init();
    }

    /** The row the user selected, or null. */
    ReadOnlyObjectProperty<Row> selectedRowProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    @Override
    protected void initializeParts() {
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
                return index < classes.size() ? formats.sizeClass(classes.get(index)) : "";
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
        root = new VBox(top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
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
    }

    /** Selects the municipality selected anywhere (e.g. by a click on the map). */
    void showSelected() {
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

    private void updateProvinceChoices() {
        ObservableList<String> choices = FXCollections.observableArrayList("");
        choices.addAll(model.provinces());
        String wanted = model.provinceFilterProperty().get() == null ? "" : model.provinceFilterProperty().get();
        province.setItems(choices);
        province.setValue(choices.contains(wanted) ? wanted : "");
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
                                           Callback<Row, ObservableValue<T>> value) {
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
        cls.setCellFactory(c -> textCell(v -> formats.sizeClass(v)));
        cls.setComparator((a, b) -> Integer.compare(a == null ? -1 : a.index(), b == null ? -1 : b.index()));
        TableColumn<Row, Double> cost = column("municipality-cost", "municipalities.cost", 120, Row::costProperty);
        cost.setCellFactory(c -> numberCell(v -> formats.moneyCompact(v)));
        TableColumn<Row, Double> perInhabitant = column("municipality-cost-per-inhabitant",
                "municipalities.costPerInhabitant", 110,
                r -> Bindings.createObjectBinding(r::costPerInhabitant, r.costProperty()));
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
            nl.taakdiff.ui.common.ColumnFit.fit(region);
            region.setVisible(true);
            region.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().municipality().region(type)
                    .map(r -> r.name()).orElse("–")));
            regionColumns.add(region);
        }
        TableColumn<Row, String> regions = new TableColumn<>(messages.get("municipalities.regions"));
        regions.getColumns().setAll(regionColumns.stream().map(c -> (TableColumn<Row, ?>) c).toList());
        table.getColumns().setAll(List.of(code, name, prov, population, cls, cost, perInhabitant, overrides, regions));
    }

    private <T> TableCell<Row, T> numberCell(Function<T, String> format) {
        TableCell<Row, T> cell = textCell(format);
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }

    /** A cell whose row has no figure yet shows "…". */
    private static <S, T> TableCell<S, T> textCell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? (empty ? null : "…") : format.apply(item));
            }
        };
    }

    @Override
    public Parent root() {
        return root;
    }
}
