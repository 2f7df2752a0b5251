package nl.taakdiff.ui.librarypanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The New scenario dialog in the real window, in Dutch: validation while typing, template, description, undo. */
class NewScenarioDialogUiTest extends WithMainWindow {
    private List<String> names() {
        return app.onFx(() -> app.window.model().session().names());
    }

    private void open(FxRobot robot) throws Exception {
        robot.clickOn("#library-create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#new-scenario-name").tryQuery().isPresent());
    }

    @Test
    void aCopyWithADescriptionIsCreatedCheckedWhileTypingAndUndone(FxRobot robot) throws Exception {
        app.settle();
        robot.interact(() -> app.window.model().setLanguage(Messages.DUTCH));
        app.settle();
        open(robot);
        DialogPane pane = robot.lookup("#new-scenario-dialog").queryAs(DialogPane.class);
        assertThat(app.onFx(() -> pane.getButtonTypes().stream()
                .map(t -> ((Button) pane.lookupButton(t)).getText()).toList())).containsExactly("OK", "Annuleren");
        TextField name = robot.lookup("#new-scenario-name").queryAs(TextField.class);
        Label problem = robot.lookup("#new-scenario-problem").queryAs(Label.class);
        Button ok = robot.lookup("#new-scenario-ok").queryAs(Button.class);
        ComboBox<?> template = robot.lookup("#new-scenario-template").queryAs(ComboBox.class);
        assertThat(app.<String>onFx(name::getText)).isEqualTo("Nieuw scenario");
        assertThat(app.<Boolean>onFx(ok::isDisabled)).isFalse();
        double templateY = app.onFx(() -> template.localToScene(0, 0).getY());

        robot.interact(() -> name.setText(DefaultWorkbook.DIFFERENTIATED.toUpperCase(java.util.Locale.ROOT)));
        assertThat(app.<String>onFx(problem::getText)).startsWith("Er is al een scenario met de naam");
        assertThat(app.<Boolean>onFx(ok::isDisabled)).isTrue();
        robot.interact(() -> name.setText(""));
        assertThat(app.<String>onFx(problem::getText)).isEqualTo("Een scenario heeft een naam nodig.");
        assertThat(app.<Boolean>onFx(ok::isDisabled)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        // the problem line has its room already: nothing below it moves
        assertThat(app.onFx(() -> template.localToScene(0, 0).getY())).isEqualTo(templateY);

        robot.clickOn(name).write("Regio Noord");
        assertThat(app.<String>onFx(problem::getText)).isEmpty();
        assertThat(app.<Boolean>onFx(ok::isDisabled)).isFalse();
        robot.interact(() -> {
            for (Object item : template.getItems()) {
                NewScenarioForm.Template t = (NewScenarioForm.Template) item;
                if (t.kind() == NewScenarioForm.Kind.COPY && t.source().name().equals(DefaultWorkbook.DIFFERENTIATED)) {
                    @SuppressWarnings("unchecked")
                    ComboBox<Object> combo = (ComboBox<Object>) template;
                    combo.setValue(t);
                }
            }
        });
        assertThat(app.onFx(() -> template.getItems().stream().map(Object::toString).toList()))
                .contains("Alles bij de gemeente (schone start)",
                        "De huidige situatie (uniforme verdeling van de werkmap)",
                        "Kopie van het huidige scenario: " + DefaultWorkbook.DIFFERENTIATED,
                        "Kopie van " + DefaultWorkbook.CURRENT_SITUATION);
        TextArea description = robot.lookup("#new-scenario-description").queryAs(TextArea.class);
        robot.interact(() -> description.setText("Jeugdzorg samen in de regio"));
        robot.clickOn(ok);
        app.settle();

        Scenario created = app.onFx(() -> app.window.model().session().current());
        Scenario source = app.onFx(() -> app.window.model().session().scenario(DefaultWorkbook.DIFFERENTIATED)
                .orElseThrow());
        assertThat(created.name()).isEqualTo("Regio Noord");
        assertThat(created.description()).isEqualTo("Jeugdzorg samen in de regio");
        assertThat(created.rules()).isEqualTo(source.rules());
        assertThat(app.onFx(() -> robot.lookup("#scenario-list").queryAll().isEmpty())).isFalse();
        List<ListCell<?>> cells = app.onFx(() -> robot.lookup(".list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof Scenario s && s.name().equals("Regio Noord")).toList());
        assertThat(cells).hasSize(1);
        robot.moveTo(cells.get(0)); // the tooltip is made when the mouse comes over the cell
        assertThat(app.onFx(() -> cells.get(0).getTooltip() == null ? "" : cells.get(0).getTooltip().getText()))
                .isEqualTo("Jeugdzorg samen in de regio");
        // written to the workbook file, as one journal step
        List<Scenario> stored = app.onFx(() -> app.window.model().session().library().scenarios());
        assertThat(stored).filteredOn(s -> s.name().equals("Regio Noord")).singleElement()
                .extracting(Scenario::description).isEqualTo("Jeugdzorg samen in de regio");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(names()).doesNotContain("Regio Noord");
    }

    @Test
    void cancelCreatesNothingAndTheCurrentSituationIsOffered(FxRobot robot) throws Exception {
        app.settle();
        int before = names().size();
        open(robot);
        ComboBox<?> template = robot.lookup("#new-scenario-template").queryAs(ComboBox.class);
        assertThat(app.onFx(() -> template.getItems().stream().map(t -> ((NewScenarioForm.Template) t).kind())
                .toList())).contains(NewScenarioForm.Kind.CURRENT_SITUATION);
        DialogPane pane = robot.lookup("#new-scenario-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) app.onFx(() -> pane.lookupButton(ButtonType.CANCEL)));
        app.settle();
        assertThat(names()).hasSize(before);
    }
}
