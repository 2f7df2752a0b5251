package nl.taakdiff.ui.versions;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.taakdiff.ui.common.DialogButtons;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.OwnedDialogs;
import nl.taakdiff.ui.library.ScenarioVersion;

/**
 * File > Restore version: the versions of the current scenario (label and date) on the left and,
 * for the selected one, every change restoring it would make, with the cost before and after.
 * Restore is enabled once the selected version's changes are shown.
 */
public final class RestoreVersionDialog implements RestoreVersionPrompt {
    private final Supplier<Window> owner;
    private final Messages messages;

    public RestoreVersionDialog(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<RestoreVersionModel.Preview> ask(RestoreVersionModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        OwnedDialogs.ownedBy(dialog, owner.get());
        dialog.setTitle(messages.get("version.restore.title"));
        dialog.setHeaderText(messages.get("restore.header", model.current().name()));
        dialog.getDialogPane().setId("restore-version-dialog");
        dialog.getDialogPane().getStyleClass().add("taakdiff-dialog");
        ButtonType restore = new ButtonType(messages.get("restore.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, ButtonType.CANCEL);
        DialogButtons.translate(dialog.getDialogPane(), messages);

        ListView<ScenarioVersion> versions = new ListView<>();
        versions.setId("restore-versions");
        versions.getItems().setAll(model.versions());
        versions.setCellFactory(v -> new VersionCell(model));
        versions.getSelectionModel().select(model.selectedProperty().get());
        versions.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        versions.setMinWidth(200);
        versions.setPrefWidth(240);
        versions.setMaxWidth(300);

        TableView<RestoreRows.Row> changes = new TableView<>();
        changes.setId("restore-changes");
        changes.getColumns().add(column(messages.get("restore.column.what"), RestoreRows.Row::what, 300));
        changes.getColumns().add(column(messages.get("restore.column.now"), RestoreRows.Row::now, 150));
        changes.getColumns().add(column(messages.get("restore.column.then"), RestoreRows.Row::then, 150));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.statusProperty());
        changes.setPlaceholder(placeholder);
        VBox.setVgrow(changes, Priority.ALWAYS);
        // the count of changes above the table; when there are none the table itself says why
        Label status = new Label();
        status.setId("restore-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.previewProperty().get() != null && !model.previewProperty().get().isEmpty(),
                model.previewProperty()));
        status.managedProperty().bind(status.visibleProperty());
        Label cost = new Label();
        cost.setId("restore-cost");
        cost.setWrapText(true);
        cost.setMinHeight(Region.USE_PREF_SIZE);
        model.previewProperty().addListener((obs, was, now) -> {
            changes.getItems().setAll(now == null ? java.util.List.of() : now.rows());
            cost.setText(now == null ? "" : now.cost());
        });
        RestoreVersionModel.Preview first = model.previewProperty().get();
        if (first != null) {
            changes.getItems().setAll(first.rows());
            cost.setText(first.cost());
        }
        VBox right = new VBox(6, status, changes, cost);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(10, versions, right);
        content.setPrefSize(880, 420);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);

        Node restoreButton = dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-ok");
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.chosen().isEmpty() || model.chosen().get().isEmpty(),
                model.previewProperty(), model.selectedProperty()));
        return dialog.showAndWait().filter(b -> b == restore).flatMap(b -> model.chosen());
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        // long task names and reasons are cut off in the cell; the tooltip has them whole
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** A version's label and, under it, when it was saved. */
    private static final class VersionCell extends ListCell<ScenarioVersion> {
        private final RestoreVersionModel model;

        VersionCell(RestoreVersionModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(ScenarioVersion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label label = new Label(item.label());
            label.getStyleClass().add("scenario-name");
            Label date = new Label(model.savedAt(item));
            date.getStyleClass().add("hint");
            setText(null);
            setGraphic(new VBox(2, label, date));
        }
    }
}
