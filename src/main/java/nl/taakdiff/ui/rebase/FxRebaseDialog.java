package nl.taakdiff.ui.rebase;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.transfer.rebase.RebaseChange;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;

/**
 * The rebase report before the analyst confirms: every change (municipalities, size classes,
 * regions, overrides) and a scenario's cost per inhabitant per size class on the old and the new
 * data side by side; the current scenario first, any other one to choose.
 */
public final class FxRebaseDialog implements RebaseViewModel.ReportDialog {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxRebaseDialog(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(RebaseViewModel.Preview preview) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(messages.get("rebase.title"));
        dialog.setHeaderText(messages.get("rebase.header", preview.oldDataset(), preview.target().dataset().name(),
                preview.target().dataset().municipalities().size(), preview.out().getFileName().toString()));
        dialog.getDialogPane().getStyleClass().add("taakdiff-dialog");
        dialog.getDialogPane().setId("rebase-dialog");
        ButtonType create = new ButtonType(messages.get("rebase.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("rebase.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);

        Locale locale = messages.locale();
        TableView<RebaseChange> changes = new TableView<>();
        changes.setId("rebase-changes");
        changes.getItems().setAll(preview.plan().changes());
        changes.getColumns().add(column(messages.get("rebase.column.change"), c -> capitalised(c.kindLabel(locale), locale), 150));
        changes.getColumns().add(column(messages.get("rebase.column.old"),
                c -> c.oldCode().isEmpty() ? "" : c.oldName() + " (" + c.oldCode() + ")", 190));
        changes.getColumns().add(column(messages.get("rebase.column.new"),
                c -> c.newCode().isEmpty() ? "" : c.newName() + " (" + c.newCode() + ")", 190));
        changes.getColumns().add(column(messages.get("rebase.column.detail"), c -> c.detail(locale), 560));
        changes.setPlaceholder(new Label(messages.get("rebase.noChanges")));
        // the columns share the table's width: no empty column at the right, names not cut off first
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(changes, Priority.ALWAYS);

        Formats f = messages.formats();
        TableView<RebaseViewModel.ClassRow> classes = new TableView<>();
        classes.setId("rebase-classes");
        classes.getItems().setAll(preview.classes());
        classes.getColumns().add(column(messages.get("rebase.column.sizeClass"), r -> f.sizeClass(r.sizeClass()), 170));
        TableColumn<RebaseViewModel.ClassRow, String> before = new TableColumn<>(preview.oldDataset());
        before.getColumns().add(column(messages.get("rebase.column.municipalities"), r -> f.count(r.oldMunicipalities()), 110));
        before.getColumns().add(column(messages.get("rebase.column.cost"), r -> f.money(r.oldCostPerInhabitant()), 170));
        TableColumn<RebaseViewModel.ClassRow, String> after = new TableColumn<>(preview.target().dataset().name());
        after.getColumns().add(column(messages.get("rebase.column.municipalities"), r -> f.count(r.newMunicipalities()), 110));
        after.getColumns().add(column(messages.get("rebase.column.cost"), r -> f.money(r.newCostPerInhabitant()), 170));
        classes.getColumns().add(before);
        classes.getColumns().add(after);
        classes.getColumns().add(column(messages.get("rebase.column.delta"),
                r -> f.delta(Unit.MONEY, r.newCostPerInhabitant() - r.oldCostPerInhabitant(), false), 130));
        classes.setPlaceholder(new Label(messages.get("rebase.noComparison")));
        classes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        classes.setPrefHeight(205);

        Label compare = new Label(preview.scenario().isEmpty() ? messages.get("rebase.compareNone")
                : messages.get("rebase.compareScenario"));
        compare.getStyleClass().add("section-title");
        ChoiceBox<String> scenario = new ChoiceBox<>();
        scenario.setId("rebase-scenario");
        preview.scenarios().forEach(s -> scenario.getItems().add(s.scenario()));
        scenario.setValue(preview.scenario());
        scenario.valueProperty().addListener((obs, was, now) -> classes.getItems().setAll(preview.classesOf(now)));
        scenario.setVisible(!preview.scenarios().isEmpty());
        HBox compareRow = new HBox(8, compare, scenario);
        compareRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, new Label(messages.get("rebase.changes", preview.plan().changes().size())),
                changes, compareRow, classes);
        // as large as the report needs, but never larger than the window it belongs to
        content.setPrefSize(window == null ? 1180 : Math.min(1180, window.getWidth() - 80),
                window == null ? 600 : Math.min(600, window.getHeight() - 200));
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == create).isPresent();
    }

    /** A kind of change starts its table cell with a capital, as the other columns do. */
    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
