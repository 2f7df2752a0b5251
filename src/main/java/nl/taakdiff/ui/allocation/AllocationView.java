package nl.taakdiff.ui.allocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.ui.allocation.AllocationViewModel.CellRef;
import nl.taakdiff.ui.allocation.AllocationViewModel.CellState;
import nl.taakdiff.ui.allocation.AllocationViewModel.Row;
import nl.taakdiff.ui.common.LazyTooltip;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.ScrollBars;
import nl.taakdiff.ui.common.View;

/**
 * The allocation matrix: tasks × size classes, each cell coloured by level. Edit with number keys
 * 1–5, the level buttons above the table, or the context menu (cells, whole row, whole column).
 */
public final class AllocationView extends View {
    private static final double TASK_WIDTH = 330;
    private static final double CLASS_WIDTH = 168;
    private final AllocationViewModel model;
    private final Messages messages;
    private BorderPane root;
    private Label heading;
    private Label baselineInfo;
    private FlowPane legend;
    private TableView<Row> table;
    private TableColumn<Row, String> taskColumn;
    private final SummaryStrip summary;

    public AllocationView(AllocationViewModel model, Messages messages, nl.taakdiff.ui.compare.CompareViewModel compare) {
        this.model = model;
        this.messages = messages;
        this.summary = new SummaryStrip(compare, model, messages);
        onDispose(summary::dispose);
        init();
    }

    @Override
    protected void initializeParts() {
        root = new BorderPane();
        root.setId("allocation-view");
        root.getStyleClass().add("allocation-view");
        heading = new Label();
        heading.getStyleClass().add("view-title");
        heading.setId("allocation-heading");
        baselineInfo = new Label();
        baselineInfo.setId("allocation-baseline-info");
        baselineInfo.getStyleClass().add("hint");
        baselineInfo.setWrapText(true);
        legend = new FlowPane(6, 6);
        legend.getStyleClass().add("level-legend");
        for (Level level : Level.values()) {
            Button button = new Button((level.ordinal() + 1) + "  " + messages.level(level));
            button.setId("set-level-" + level.code());
            button.getStyleClass().addAll("level-button", "level-" + level.code());
            LazyTooltip.of(button, messages.get("allocation.setSelection.tooltip", messages.level(level),
                    level.ordinal() + 1));
            button.setOnAction(e -> applyToSelection(level));
            button.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(button);
        }
        table = new TableView<>();
        table.setId("allocation-table");
        table.getStyleClass().add("allocation-table");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("allocation.empty")));
        taskColumn = new TableColumn<>(messages.get("allocation.task"));
        taskColumn.setId("allocation-task-column");
        taskColumn.setPrefWidth(TASK_WIDTH);
        taskColumn.setMinWidth(220);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // the table's width comes from the window, never from its columns: otherwise a task column
        // widened in a large window would keep the whole tab pane from shrinking with the window
        table.setMinWidth(0);
        table.setPrefWidth(0);
        taskColumn.setSortable(false);
        taskColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().task().code() + "  " + c.getValue().task().name()));
        taskColumn.setCellFactory(c -> new TaskCell());
    }

    @Override
    protected void layoutParts() {
        Label hint = new Label(messages.get("allocation.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox top = new VBox(6, heading, summary.root(), baselineInfo, legend, hint);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setPadding(new Insets(10));
    }

    @Override
    protected void bindToModel() {
        table.setItems(model.rows());
        listen(model.classesProperty(), (obs, old, now) -> buildColumns(now));
        buildColumns(model.classesProperty().get());
        listen(table.widthProperty(), obs -> fitTaskColumn());
        listen(model.scenarioNameProperty(), obs -> updateTexts());
        listen(model.baselineNameProperty(), obs -> updateTexts());
        listen(model.differingProperty(), obs -> updateTexts());
        updateTexts();
        legend.disableProperty().bind(model.editableProperty().not());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.setContextMenu(cellMenu());
    }

    private void updateTexts() {
        heading.setText(model.scenarioNameProperty().get().isEmpty() ? messages.get("allocation.title")
                : messages.get("allocation.titleFor", model.scenarioNameProperty().get()));
        String baseline = model.baselineNameProperty().get();
        baselineInfo.setText(baseline.isEmpty() ? "" : messages.get("allocation.baselineInfo", baseline,
                model.differingProperty().get()));
    }

    private void buildColumns(List<SizeClass> classes) {
        List<TableColumn<Row, ?>> columns = new ArrayList<>();
        columns.add(taskColumn);
        for (SizeClass sizeClass : classes) {
            int index = sizeClass.index();
            TableColumn<Row, CellState> column = new TableColumn<>(classLabel(sizeClass));
            column.setId("class-" + index);
            column.setSortable(false);
            column.setReorderable(false);
            column.setPrefWidth(CLASS_WIDTH);
            column.setMinWidth(CLASS_WIDTH);
            column.setCellValueFactory(c -> c.getValue().cell(index));
            column.setCellFactory(c -> new LevelCell());
            column.setContextMenu(columnMenu(index));
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        fitTaskColumn();
    }

    /**
     * The task column takes the width the size-class columns leave; in a narrow window it keeps its
     * minimum and the table scrolls sideways. (JavaFX's constrained policy hides whole columns when
     * their minimum widths do not fit, as in a 1024 px window.)
     */
    private void fitTaskColumn() {
        if (table.getWidth() <= 0) {
            return;
        }
        double classes = table.getColumns().stream().filter(c -> c != taskColumn)
                .mapToDouble(TableColumn::getWidth).sum();
        taskColumn.setPrefWidth(Math.max(taskColumn.getMinWidth(), table.getWidth() - ScrollBars.ALLOWANCE - classes));
    }

    /** {@code minder dan 20.000} or {@code 100.000 of meer} in the UI's language. */
    String classLabel(SizeClass sizeClass) {
        var f = messages.formats();
        return f.sizeClass(sizeClass);
    }

    private List<CellRef> selectedCells() {
        Set<CellRef> cells = new LinkedHashSet<>();
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            int column = table.getColumns().indexOf(position.getTableColumn()) - 1;
            if (column >= 0) {
                cells.add(new CellRef(position.getRow(), column));
            } else if (position.getRow() >= 0) {
                for (int c = 0; c < model.classesProperty().get().size(); c++) {
                    cells.add(new CellRef(position.getRow(), c));
                }
            }
        }
        return new ArrayList<>(cells);
    }

    private void applyToSelection(Level level) {
        if (model.editableProperty().get()) {
            model.setLevel(selectedCells(), level);
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        Level level = AllocationViewModel.levelForKey(event.getText());
        if (level == null && event.getCode().isDigitKey()) {
            level = AllocationViewModel.levelForKey(event.getCode().getChar());
        }
        if (level != null) {
            applyToSelection(level);
            event.consume();
        } else if (event.getCode() == KeyCode.BACK_SPACE || event.getCode() == KeyCode.DELETE) {
            if (model.editableProperty().get()) {
                model.resetToBaseline(selectedCells());
            }
            event.consume();
        }
    }

    private ContextMenu cellMenu() {
        ContextMenu menu = new ContextMenu();
        Menu selection = new Menu(messages.get("allocation.menu.selection"));
        Menu row = new Menu(messages.get("allocation.menu.row"));
        for (Level level : Level.values()) {
            MenuItem forSelection = new MenuItem((level.ordinal() + 1) + "  " + messages.level(level));
            forSelection.setOnAction(e -> applyToSelection(level));
            selection.getItems().add(forSelection);
            MenuItem forRow = new MenuItem(messages.level(level));
            forRow.setOnAction(e -> {
                Set<Integer> rows = new LinkedHashSet<>();
                for (CellRef ref : selectedCells()) {
                    rows.add(ref.row());
                }
                List<CellRef> cells = new ArrayList<>();
                for (int r : rows) {
                    for (int c = 0; c < model.classesProperty().get().size(); c++) {
                        cells.add(new CellRef(r, c));
                    }
                }
                model.setLevel(cells, level);
            });
            row.getItems().add(forRow);
        }
        MenuItem reset = new MenuItem(messages.get("allocation.menu.reset"));
        reset.setOnAction(e -> model.resetToBaseline(selectedCells()));
        menu.getItems().addAll(selection, row, new SeparatorMenuItem(), reset);
        menu.getItems().forEach(i -> i.disableProperty().bind(model.editableProperty().not()));
        return menu;
    }

    private ContextMenu columnMenu(int column) {
        ContextMenu menu = new ContextMenu();
        Menu whole = new Menu(messages.get("allocation.menu.column"));
        for (Level level : Level.values()) {
            MenuItem item = new MenuItem(messages.level(level));
            item.setOnAction(e -> model.setColumn(column, level));
            whole.getItems().add(item);
        }
        whole.disableProperty().bind(model.editableProperty().not());
        menu.getItems().add(whole);
        return menu;
    }

    @Override
    public Parent root() {
        return root;
    }

    /**
     * Task code and name. A cell keeps one tooltip, made on the first hover: a new one on every
     * update (each a popup window with its own scene) made filling the table slow.
     */
    private static final class TaskCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            LazyTooltip.of(this, empty || getTableRow() == null || getTableRow().getItem() == null ? null
                    : getTableRow().getItem().task().name() + "\n" + getTableRow().getItem().task().domain());
        }
    }

    /** A level, coloured through the CSS class {@code level-<code>}, marked when it differs from the baseline. */
    private final class LevelCell extends TableCell<Row, CellState> {
        private static final List<String> LEVEL_CLASSES = levelClasses();
        private final Label mark = new Label("≠");

        LevelCell() {
            getStyleClass().add("level-cell");
            mark.getStyleClass().add("diff-mark");
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            setAlignment(Pos.CENTER_LEFT);
            setGraphicTextGap(6);
        }

        private static List<String> levelClasses() {
            List<String> list = new ArrayList<>();
            for (Level level : Level.values()) {
                list.add("level-" + level.code());
            }
            list.add("level-missing");
            list.add("differs");
            return list;
        }

        @Override
        protected void updateItem(CellState item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setLevelClasses(List.of());
                setText(null);
                setGraphic(null);
                LazyTooltip.of(this, null);
                return;
            }
            String levelClass = item.level() == null ? "level-missing" : "level-" + item.level().code();
            setLevelClasses(item.differs() ? List.of(levelClass, "differs") : List.of(levelClass));
            setText(item.level() == null ? messages.get("allocation.noRule") : messages.level(item.level()));
            List<String> tips = new ArrayList<>();
            if (item.differs()) {
                setGraphic(mark);
                tips.add(messages.get("allocation.differs", messages.level(item.baseline())));
            } else {
                setGraphic(null);
            }
            if (!item.overrides().isEmpty()) {
                setText(messages.get("allocation.withOverrides", getText(), item.overrides().size()));
                tips.add(messages.get("allocation.overrides.header", item.overrides().size()));
                for (nl.taakdiff.model.LevelOverride o : item.overrides()) {
                    String line = messages.get("allocation.override", model.municipalityName(o.municipalityCode()),
                            messages.level(o.level()));
                    tips.add(o.reason() == null || o.reason().isBlank() ? line
                            : messages.get("allocation.override.reason", line, o.reason()));
                }
            }
            LazyTooltip.of(this, tips.isEmpty() ? null : String.join("\n", tips));
        }

        /** Changes the style classes only when they differ: each change makes the cell's CSS be applied anew. */
        private void setLevelClasses(List<String> wanted) {
            List<String> present = getStyleClass().stream().filter(LEVEL_CLASSES::contains).toList();
            if (!present.equals(wanted)) {
                getStyleClass().removeAll(LEVEL_CLASSES);
                getStyleClass().addAll(wanted);
            }
        }
    }
}
