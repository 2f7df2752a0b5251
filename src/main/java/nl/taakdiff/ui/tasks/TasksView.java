package nl.taakdiff.ui.tasks;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.tasks.TasksViewModel.Draft;
import nl.taakdiff.ui.tasks.TasksViewModel.Field;
import nl.taakdiff.ui.tasks.TasksViewModel.Row;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The task catalogue in an editable table. Double-click (or F2/Enter) a cell to edit; the value is
 * checked while typing (ControlsFX validation); Enter applies it, Escape discards it. A value that
 * cannot be applied stays in its cell, marked, until it is fixed or discarded.
 */
public final class TasksView extends View {
    private final TasksViewModel model;
    private final Messages messages;
    private BorderPane root;
    private Label heading;
    private Label hint;
    private Label message;
    private TableView<Row> table;
    private Label sourceTitle;
    private Label source;
    private String editingProblem = "";

    public TasksView(TasksViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        init();
    }

    @Override
    protected void initializeParts() {
        root = new BorderPane();
        root.setId("tasks-view");
        root.getStyleClass().add("tasks-view");
        heading = new Label(messages.get("tasks.title"));
        heading.getStyleClass().add("view-title");
        hint = new Label(messages.get("tasks.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        message = new Label();
        message.setId("tasks-message");
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        table = new TableView<>();
        table.setId("tasks-table");
        table.getStyleClass().add("tasks-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(messages.get("tasks.empty")));
        TableColumn<Row, String> code = new TableColumn<>(messages.get("tasks.column.code"));
        code.setId("tasks-column-code");
        code.setEditable(false);
        code.setPrefWidth(75);
        code.setMinWidth(70);
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().task().code()));
        table.getColumns().add(code);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The range bounds come last, after the source, so the base figures stay in view.
        double[] widths = {200, 100, 140, 155, 105, 115, 200, 95, 95, 100, 100, 95, 95};
        double[] minimums = {150, 80, 140, 155, 105, 100, 90, 90, 90, 95, 95, 90, 90};
        for (Field field : Field.values()) {
            TableColumn<Row, Task> column = new TableColumn<>(messages.get("tasks.column." + field.key()));
            column.setId("tasks-column-" + field.key());
            column.setPrefWidth(widths[field.ordinal()]);
            column.setMinWidth(minimums[field.ordinal()]); // figures are never cut off
            nl.taakdiff.ui.common.ColumnFit.fit(column);
            column.setCellValueFactory(c -> c.getValue().taskProperty());
            column.setCellFactory(c -> new FieldCell(field));
            column.setComparator((a, b) -> compare(field, a, b));
            table.getColumns().add(column);
        }
        sourceTitle = new Label();
        sourceTitle.getStyleClass().add("section-title");
        source = new Label();
        source.setId("tasks-source");
        source.setWrapText(true);
        source.getStyleClass().add("task-source");
    }

    private static int compare(Field field, Task a, Task b) {
        return switch (field) {
            case NAME -> a.name().compareToIgnoreCase(b.name());
            case DOMAIN -> a.domain().compareToIgnoreCase(b.domain());
            case UNIT_COST -> Double.compare(a.unitCost(), b.unitCost());
            case FIXED_COST -> Double.compare(a.fixedCost(), b.fixedCost());
            case MIN_SCALE -> Long.compare(a.minScale(), b.minScale());
            case REGION_TYPE -> a.regionType().compareTo(b.regionType());
            case SOURCE -> a.source().compareToIgnoreCase(b.source());
            default -> java.util.Comparator.nullsFirst(Double::compare).compare(
                    a.ranges().bounds().get(field.ordinal() - Field.UNIT_COST_LOW.ordinal()),
                    b.ranges().bounds().get(field.ordinal() - Field.UNIT_COST_LOW.ordinal()));
        };
    }

    @Override
    protected void layoutParts() {
        VBox top = new VBox(6, heading, hint, message);
        top.setPadding(new Insets(0, 0, 8, 0));
        VBox bottom = new VBox(4, sourceTitle, source);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        bottom.setMinHeight(70);
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom);
        root.setPadding(new Insets(10));
    }

    @Override
    protected void bindToModel() {
        table.setItems(model.rows());
        listen(model.draftCountProperty(), obs -> updateMessage());
        listen(table.getSelectionModel().selectedItemProperty(), obs -> updateSource());
        listen(model.selectedTaskProperty(), (obs, old, now) -> selectTask(now));
        updateMessage();
        updateSource();
        selectTask(model.selectedTaskProperty().get());
    }

    /** Follows a task selected elsewhere (a tornado row): selects and shows its row. */
    private void selectTask(String code) {
        if (code == null) {
            return;
        }
        model.row(code).ifPresent(row -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    private void updateSource() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            sourceTitle.setText(messages.get("tasks.source.none"));
            source.setText("");
            return;
        }
        sourceTitle.setText(messages.get("tasks.source.title", row.task().code(), row.task().name()));
        source.setText(row.task().source().isBlank() ? messages.get("tasks.source.missing")
                : model.editText(row.task(), TasksViewModel.Field.SOURCE));
    }

    private void updateMessage() {
        String text;
        if (!editingProblem.isEmpty()) {
            text = editingProblem;
        } else if (model.draftCountProperty().get() > 0) {
            text = messages.get("tasks.drafts", model.draftCountProperty().get());
        } else {
            text = "";
        }
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.setManaged(!text.isEmpty());
    }

    @Override
    public Parent root() {
        return root;
    }

    /** A cell of one field: the value with its unit, a marked draft, or an editor with validation. */
    private final class FieldCell extends TableCell<Row, Task> {
        private final Field field;
        private TextField editor;
        private ComboBox<String> combo;
        private String original;
        private boolean finishing;
        private Row watched;
        private final MapChangeListener<Field, Draft> draftListener;
        private final javafx.collections.WeakMapChangeListener<Field, Draft> weakDraftListener;

        FieldCell(Field field) {
            this.field = field;
            this.draftListener = change -> {
                if (change.getKey() == field && !isEditing()) {
                    show();
                }
            };
            this.weakDraftListener = new javafx.collections.WeakMapChangeListener<>(draftListener);
            getStyleClass().add("task-cell");
            if (field.isNumeric()) {
                getStyleClass().add("number-cell");
                setAlignment(Pos.CENTER_RIGHT);
            }
        }

        private Row row() {
            return getTableRow() == null ? null : getTableRow().getItem();
        }

        @Override
        protected void updateItem(Task item, boolean empty) {
            super.updateItem(item, empty);
            Row row = empty ? null : row();
            if (watched != row) {
                if (watched != null) {
                    watched.drafts().removeListener(weakDraftListener);
                }
                watched = row;
                if (row != null) {
                    row.drafts().addListener(weakDraftListener);
                }
            }
            if (!isEditing()) {
                show();
            }
        }

        private void show() {
            getStyleClass().remove("draft");
            Row row = row();
            if (isEmpty() || getItem() == null || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setGraphic(null);
            Draft draft = row.draft(field).orElse(null);
            if (draft != null) {
                getStyleClass().add("draft");
                setText(draft.text());
                setTooltip(new Tooltip(messages.get("tasks.draft.tooltip", draft.problem())));
            } else {
                String text = model.display(getItem(), field);
                setText(text);
                setTooltip(field.isNumeric() ? null : new Tooltip(text));
            }
        }

        @Override
        public void startEdit() {
            Row row = row();
            if (row == null || !model.editableProperty().get()) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            original = model.editText(row.task(), field);
            String start = row.draft(field).map(Draft::text).orElse(original);
            ValidationSupport validation = new ValidationSupport();
            Control control;
            if (field == Field.REGION_TYPE) {
                combo = new ComboBox<>(model.regionTypes());
                combo.setEditable(true);
                combo.getEditor().setText(start);
                editor = combo.getEditor();
                control = combo;
                combo.setOnAction(e -> {
                    if (isEditing() && !finishing && !combo.isShowing()) {
                        finish(true); // a type picked from the list applies at once
                    }
                });
            } else {
                combo = null;
                editor = new TextField(start);
                control = editor;
            }
            editor.setId("task-editor");
            if (field.isNumeric()) {
                editor.setAlignment(Pos.CENTER_RIGHT);
            }
            editor.textProperty().addListener((obs, old, now) -> {
                editingProblem = model.problem(field, now).orElse("");
                updateMessage();
            });
            validation.registerValidator(editor, false, (Control c, String value) -> {
                String problem = model.problem(field, value).orElse("");
                return ValidationResult.fromErrorIf(c, problem, !problem.isEmpty());
            });
            editingProblem = model.problem(field, start).orElse("");
            updateMessage();
            control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    finish(true);
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    model.discard(row, field);
                    finishing = true;
                    cancelEdit();
                }
            });
            editor.focusedProperty().addListener((obs, was, now) -> {
                if (was && !now && isEditing() && !finishing && (combo == null || !combo.isShowing())) {
                    finish(false);
                }
            });
            setText(null);
            setGraphic(control);
            editor.selectAll();
            editor.requestFocus();
            if (combo != null) {
                // the combo box takes the focus only once its skin exists (after this pulse)
                ComboBox<String> box = combo;
                javafx.application.Platform.runLater(() -> {
                    if (isEditing() && combo == box) {
                        box.requestFocus();
                        box.getEditor().selectAll();
                    }
                });
            }
        }

        /** Applies the typed text; stays in the editor when it is invalid and {@code stay} is set. */
        private void finish(boolean stay) {
            Row row = row();
            if (row == null || editor == null) {
                return;
            }
            String text = editor.getText();
            boolean unchanged = text.equals(original) && row.draft(field).isEmpty();
            boolean applied = unchanged || model.edit(row, field, text);
            if (!applied && stay) {
                editor.requestFocus();
                return;
            }
            finishing = true;
            cancelEdit();
        }

        @Override
        public void cancelEdit() {
            Row row = row();
            if (!finishing && editor != null && row != null && !editor.getText().equals(original)) {
                model.edit(row, field, editor.getText()); // keeps an invalid text as a draft
            }
            finishing = false;
            editor = null;
            combo = null;
            editingProblem = "";
            super.cancelEdit();
            updateMessage();
            show();
        }
    }
}
