package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.store.ScenarioTemplate;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.ui.TaakdiffApp;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The app started with a workbook's path (a double-clicked file) opens that workbook. */
@ExtendWith(ApplicationExtension.class)
class StartupWorkbookUiTest {
    private UiFixture app;

    @BeforeEach
    void fixture() {
        app = new UiFixture();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private void startWith(FxRobot robot, Path workbook) {
        robot.interact(() -> {
            app.window = TaakdiffApp.createWindow(new Stage(), app.settings, new Messages(Messages.ENGLISH), app.jobs,
                    nl.taakdiff.ui.TestData.study(), app.opener);
            app.window.model().openStartup(workbook);
            app.window.show(() -> { });
        });
    }

    @Test
    void theGivenWorkbookOpensWithItsOwnScenarios(FxRobot robot) throws Exception {
        Path study = app.folder.resolve("studie.taakdiff");
        try (Workbook wb = DefaultWorkbook.createSeeded(study)) {
            wb.createScenario("Studie Utrecht", "", ScenarioTemplate.CURRENT_SITUATION);
        }
        startWith(robot, study);
        app.settle();

        assertThat(app.onFx(() -> app.window.model().session().locationProperty().get()))
                .isEqualTo(study.toAbsolutePath().toString());
        assertThat(app.onFx(() -> app.window.model().session().scenarios().stream().map(Scenario::name).toList()))
                .contains("Studie Utrecht");
        assertThat(app.onFx(() -> app.window.stage().getTitle())).startsWith("studie.taakdiff");
        assertThat(app.onFx(() -> app.window.model().recentWorkbooks().contains(study))).isTrue();
        assertThat(Files.exists(app.workbook)).as("the default workbook is left alone").isFalse();
    }

    @Test
    void aFileThatIsNoWorkbookIsExplainedAndTheDefaultWorkbookOpens(FxRobot robot) throws Exception {
        Path notAWorkbook = Files.writeString(app.folder.resolve("mail.taakdiff"), "not a workbook");
        startWith(robot, notAWorkbook);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String header = app.onFx(() -> ((DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText());
        assertThat(header).contains("mail.taakdiff").doesNotContain("Exception");
        robot.clickOn("OK");
        app.settle();

        assertThat(app.onFx(() -> app.window.model().session().locationProperty().get()))
                .isEqualTo(app.workbook.toAbsolutePath().toString());
        assertThat(Files.readString(notAWorkbook)).isEqualTo("not a workbook");
    }
}
