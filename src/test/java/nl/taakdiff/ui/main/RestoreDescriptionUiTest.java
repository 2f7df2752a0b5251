package nl.taakdiff.ui.main;

import static nl.taakdiff.testing.DemoTexts.CURRENT_EN;
import static nl.taakdiff.testing.DemoTexts.CURRENT_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.session.EditLabel;
import nl.taakdiff.ui.versions.RestoreRows;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Restore version dialog in the Dutch UI shows a shipped demo description in Dutch, also when
 * the workbook stores it in English (as one of an older release does).
 */
class RestoreDescriptionUiTest extends WithMainWindow {
    private void describe(FxRobot robot, String text) {
        robot.interact(() -> {
            Scenario current = app.window.model().session().current();
            app.window.model().session().replace(current, current.withDescription(text),
                    EditLabel.of("command.describe", current.name()));
        });
        app.settle();
    }

    @Test
    void theDialogShowsTheShippedDescriptionInDutch(FxRobot robot) throws Exception {
        app.settle();
        robot.interact(() -> app.window.model().setLanguage(Messages.DUTCH));
        app.settle();
        describe(robot, CURRENT_EN);
        Platform.runLater(() -> app.window.model().saveVersion());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dialog-text").tryQuery().isPresent());
        TextField label = robot.lookup("#dialog-text").queryAs(TextField.class);
        robot.interact(() -> label.setText("Oud"));
        robot.clickOn("OK");
        app.settle();
        describe(robot, "Eigen tekst van de analist");

        Platform.runLater(() -> app.window.model().restoreVersion());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#restore-changes").tryQuery().isPresent());
        TableView<?> changes = robot.lookup("#restore-changes").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.onFx(() -> !changes.getItems().isEmpty()));
        List<RestoreRows.Row> rows = app.onFx(() -> changes.getItems().stream().map(r -> (RestoreRows.Row) r).toList());
        assertThat(rows).containsExactly(new RestoreRows.Row("Beschrijving", "Eigen tekst van de analist", CURRENT_NL));
        // the table's cell shows the same text as its row, once the table has laid out its cells
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.onFx(() -> robot.from(changes).lookup(".table-cell")
                .queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && CURRENT_NL.equals(c.getText()))));
        robot.clickOn("Annuleren");
        app.settle();
    }
}
