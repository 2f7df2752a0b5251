package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.library.ScenarioVersion;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.versions.RestoreRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Workbook life cycle through the window: versions, closing and reopening, damaged files. */
class WorkbookUiTest extends WithMainWindow {
    private Scenario current() {
        return app.onFx(() -> app.window.model().session().current());
    }

    private void reopen(FxRobot robot) {
        app.close();
        robot.interact(() -> app.start(new Stage()));
        app.settle();
    }

    @Test
    void aSavedVersionAndEditsSurviveClosingAndReopening(FxRobot robot) throws Exception {
        app.settle();
        String name = current().name();
        robot.clickOn("#scenario-list");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField label = robot.lookup("#dialog-text").queryAs(TextField.class);
        robot.interact(() -> label.setText("Before the meeting"));
        robot.clickOn("OK");
        app.settle();
        assertThat(app.onFx(() -> robot.lookup("#status-notice").queryAs(Label.class).getText()))
                .contains("Before the meeting");

        String task = app.onFx(() -> app.window.model().session().study().tasks().get(0).code());
        robot.interact(() -> app.window.model().session().setLevels(Map.of(new Scenarios.Cell(task, 0), Level.STATE)));
        app.settle();
        Scenario edited = current();

        reopen(robot);
        assertThat(app.onFx(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .map(n -> ((javafx.scene.control.DialogPane) n).getHeaderText()).toList())).isEmpty();
        assertThat(app.onFx(() -> app.window.model().session().isEditable())).isTrue();
        assertThat(current()).isEqualTo(edited);
        assertThat(current().name()).isEqualTo(name);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        ListView<?> versions = robot.lookup("#restore-versions").queryAs(ListView.class);
        assertThat(app.onFx(() -> versions.getItems().stream().map(v -> ((ScenarioVersion) v).label()).toList()))
                .containsExactly("Before the meeting");
        // what restoring changes: the one cell edited since, read from the workbook off the FX thread
        TableView<?> changes = robot.lookup("#restore-changes").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.onFx(() -> !changes.getItems().isEmpty()));
        List<RestoreRows.Row> rows = app.onFx(() -> changes.getItems().stream().map(r -> (RestoreRows.Row) r).toList());
        String taskName = app.onFx(() -> app.window.model().session().study().tasks().get(0).name());
        assertThat(rows).hasSize(1);
        // the smallest size class, in the window's one class-label format
        assertThat(rows.get(0).what()).isEqualTo(taskName + ", below 20,000 inhabitants");
        assertThat(rows.get(0).now()).isEqualTo("State");
        assertThat(app.onFx(() -> robot.lookup("#restore-cost").queryAs(Label.class).getText()))
                .startsWith("Total cost: now €");
        robot.clickOn("#restore-ok");
        app.settle();
        assertThat(app.onFx(() -> robot.lookup("#status-notice").queryAs(Label.class).getText()))
                .isEqualTo("Version Before the meeting restored.");
        assertThat(Scenarios.level(current(), task, 0)).isNotEqualTo(Level.STATE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(current()).isEqualTo(edited);
    }

    @Test
    void aDamagedWorkbookIsExplainedAndTheOpenOneStays(FxRobot robot, @TempDir Path dir) throws Exception {
        app.settle();
        Scenario before = current();
        Path damaged = dir.resolve("damaged.taakdiff");
        Files.writeString(damaged, "this is not a workbook at all");
        robot.interact(() -> app.window.model().openWorkbook(damaged));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String header = app.onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query())
                .getHeaderText());
        assertThat(header).contains("damaged.taakdiff").doesNotContain("Exception");
        robot.clickOn("OK");
        app.settle();
        assertThat(current()).isEqualTo(before);
        assertThat(app.onFx(() -> app.window.model().session().locationProperty().get()))
                .isEqualTo(app.workbook.toAbsolutePath().toString());
    }

    @Test
    void aCutOffJournalFileIsShownWhenTheWorkbookOpens(FxRobot robot, @TempDir Path dir) throws Exception {
        app.settle();
        Path file = dir.resolve("copied.taakdiff");
        nl.taakdiff.transfer.DefaultWorkbook.createSeeded(file).close();
        // a journal cut off after its header and part of a frame, as a copy taken mid-write leaves it
        java.nio.ByteBuffer cut = java.nio.ByteBuffer.allocate(132);
        cut.putInt(0x377f0682).putInt(3007000).putInt(4096);
        Files.write(dir.resolve("copied.taakdiff-wal"), cut.array());
        robot.interact(() -> app.window.model().openWorkbook(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(app.onFx(pane::getHeaderText)).contains("copied.taakdiff may be incomplete", "copied.taakdiff-wal", "damaged or cut off");
        assertThat(app.onFx(() -> ((Label) pane.getContent()).getText()))
                .contains("may be missing", "only the .taakdiff file is needed");
        robot.clickOn("OK");
        app.settle();
        assertThat(app.onFx(() -> app.window.model().session().locationProperty().get()))
                .isEqualTo(file.toRealPath().toString());
        assertThat(app.onFx(() -> app.window.model().session().isEditable())).isTrue();

        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        robot.interact(() -> app.window.model().openWorkbook(app.workbook));
        app.settle();
        robot.interact(() -> app.window.model().openWorkbook(file));
        app.settle();
        assertThat(app.onFx(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .map(n -> ((javafx.scene.control.DialogPane) n).getHeaderText()).toList()))
                .as("a whole file is not reported again").isEmpty();
    }

    @Test
    void undoingADeleteBringsTheScenarioBackIntoTheWorkbook(FxRobot robot) {
        app.settle();
        String name = current().name();
        robot.interact(() -> app.window.model().session().delete(name));
        app.settle();
        robot.interact(() -> app.window.model().session().history().undo());
        app.settle();
        reopen(robot);
        assertThat(app.onFx(() -> app.window.model().session().names())).contains(name);
    }
}
