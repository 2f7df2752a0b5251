package nl.taakdiff.ui.librarypanel;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.DialogButtons;
import nl.taakdiff.ui.common.FormGrid;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.OwnedDialogs;

/**
 * The New scenario dialog: name, template and description, with the name's problem said under it
 * while typing and OK disabled until the name is usable.
 */
public final class NewScenarioDialog implements NewScenarioPrompt {
    /** Room for the problem line, always kept, so the form does not move when a problem appears. */
    private static final double PROBLEM_HEIGHT = 36;

    private final Supplier<Window> owner;
    private final Messages messages;

    public NewScenarioDialog(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Scenario> ask(NewScenarioForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        OwnedDialogs.ownedBy(dialog, owner.get());
        dialog.setTitle(messages.get("newScenario.title"));
        dialog.setHeaderText(messages.get("newScenario.header"));
        dialog.getDialogPane().setId("new-scenario-dialog");
        dialog.getDialogPane().getStyleClass().add("taakdiff-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.translate(dialog.getDialogPane(), messages);

        TextField name = new TextField();
        name.setId("new-scenario-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        Label problem = new Label();
        problem.setId("new-scenario-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        problem.setMinHeight(PROBLEM_HEIGHT);
        problem.setPrefHeight(PROBLEM_HEIGHT);
        problem.setMaxWidth(Double.MAX_VALUE);

        ComboBox<NewScenarioForm.Template> template = new ComboBox<>();
        template.setId("new-scenario-template");
        template.getItems().setAll(form.templates());
        template.valueProperty().bindBidirectional(form.templateProperty());
        template.setMaxWidth(Double.MAX_VALUE);
        template.setVisibleRowCount(12);

        TextArea description = new TextArea();
        description.setId("new-scenario-description");
        description.textProperty().bindBidirectional(form.descriptionProperty());
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setPromptText(messages.get("newScenario.description.prompt"));

        GridPane grid = FormGrid.of(10, 6);
        FormGrid.fieldColumn(grid).setPrefWidth(400);
        grid.addRow(0, label("newScenario.name", name), name);
        grid.add(problem, 1, 1);
        grid.addRow(2, label("newScenario.template", template), template);
        grid.addRow(3, label("newScenario.description", description), description);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);

        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("new-scenario-ok");
        ok.disableProperty().bind(form.validProperty().not());
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).flatMap(b -> form.scenario());
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
