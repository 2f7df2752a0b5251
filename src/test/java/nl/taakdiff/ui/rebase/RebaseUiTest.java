package nl.taakdiff.ui.rebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.ui.Screenshots;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.library.WorkbookLibrary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The rebase report in the real window: shown before confirming, then the new workbook opens on 2025 data. */
class RebaseUiTest extends WithMainWindow {
    @Test
    void theReportIsShownAndConfirmingOpensTheNewWorkbook(FxRobot robot) throws Exception {
        app.settle();
        Path old = app.folder.resolve("studie-2020.taakdiff");
        DefaultWorkbook.createSeeded(old, 2020).close();
        robot.interact(() -> app.window.model().openWorkbook(old));
        app.settle();
        assertThat(app.onFx(() -> app.window.model().session().study().dataset().name())).isEqualTo("CBS 2020");
        byte[] before = Files.readAllBytes(old);
        Path out = app.folder.resolve("studie-2025.taakdiff");

        robot.interact(() -> app.window.model().rebase().preview(
                (WorkbookLibrary) app.window.model().session().library(), new RebaseViewModel.Bundled(2025), out));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#rebase-changes").queryAll().isEmpty());
        TableView<?> changes = robot.lookup("#rebase-changes").queryAs(TableView.class);
        TableView<?> classes = robot.lookup("#rebase-classes").queryAs(TableView.class);
        assertThat(changes.getItems()).hasSizeGreaterThan(21);
        String kind = app.onFx(() -> String.valueOf(changes.getColumns().get(0).getCellData(0)));
        assertThat(kind).as("a kind of change starts with a capital").matches("\\p{Lu}.*");
        assertThat(classes.getItems()).hasSize(4);
        // Any scenario of the study can be compared on both data sets.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<String> scenario = robot.lookup("#rebase-scenario")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(app.onFx(() -> List.copyOf(scenario.getItems()))).hasSize(2);
        Object shownFirst = app.onFx(() -> classes.getItems().get(0));
        String other = app.onFx(() -> scenario.getItems().stream().filter(n -> !n.equals(scenario.getValue()))
                .findFirst().orElseThrow());
        robot.interact(() -> scenario.setValue(other));
        assertThat(app.onFx(() -> classes.getItems().get(0))).isNotEqualTo(shownFirst);
        robot.interact(() -> Screenshots.save(changes.getScene(), "rebase-report"));
        assertThat(out).as("nothing is written before confirming").doesNotExist();

        robot.clickOn("Create new workbook");
        app.settle();

        assertThat(app.onFx(() -> app.window.model().session().study().dataset().name())).isEqualTo("CBS 2025");
        assertThat(app.onFx(() -> app.window.model().session().study().dataset().municipalities().size()))
                .isEqualTo(342);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.onFx(() -> app.window.model().map().shapes() != null
                        && app.window.model().map().shapes().municipalities().size() == 342));
        assertThat(Files.readAllBytes(old)).isEqualTo(before);
    }
}
