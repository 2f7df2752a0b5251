package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.store.ScenarioTemplate;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.ui.TaakdiffApp;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.EarlyOpener;
import nl.taakdiff.ui.library.LibraryException;
import nl.taakdiff.ui.library.LibraryOpener;
import nl.taakdiff.ui.library.ScenarioLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbook the app starts with: the one whose path it was given (a double-clicked file), or
 * the default one, opened on its own thread before the window exists (the app does this before the
 * JavaFX toolkit is up) and taken over by the window.
 */
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

    /** Starts the window as the app does: with the given workbook, or else the default one. */
    private void startWith(FxRobot robot, LibraryOpener opener, Optional<Path> workbook) {
        robot.interact(() -> {
            app.window = TaakdiffApp.createWindow(new Stage(), app.settings, new Messages(Messages.ENGLISH), app.jobs,
                    TestData.study(), opener);
            workbook.ifPresentOrElse(app.window.model()::openStartup, app.window.model()::openStartup);
            app.window.show(() -> { });
        });
    }

    /** Opens the default workbook early and waits until that is done (or failed), as on a slow toolkit start. */
    private LibraryOpener openedEarly() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        LibraryOpener signalling = new LibraryOpener() {
            @Override
            public ScenarioLibrary openDefault() throws LibraryException {
                try {
                    return app.opener.openDefault();
                } finally {
                    done.countDown();
                }
            }

            @Override
            public ScenarioLibrary open(Path path) throws LibraryException {
                return app.opener.open(path);
            }

            @Override
            public ScenarioLibrary create(Path path) throws LibraryException {
                return app.opener.create(path);
            }
        };
        EarlyOpener early = EarlyOpener.start(signalling, Optional.empty());
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        return early;
    }

    @Test
    void theGivenWorkbookOpensWithItsOwnScenarios(FxRobot robot) throws Exception {
        Path study = app.folder.resolve("studie.taakdiff");
        try (Workbook wb = DefaultWorkbook.createSeeded(study)) {
            wb.createScenario("Studie Utrecht", "", ScenarioTemplate.CURRENT_SITUATION);
        }
        startWith(robot, app.opener, Optional.of(study));
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
        startWith(robot, app.opener, Optional.of(notAWorkbook));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String header = app.onFx(() -> ((DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText());
        assertThat(header).contains("mail.taakdiff").doesNotContain("Exception");
        robot.clickOn("OK");
        app.settle();

        assertThat(app.onFx(() -> app.window.model().session().locationProperty().get()))
                .isEqualTo(app.workbook.toAbsolutePath().toString());
        assertThat(Files.readString(notAWorkbook)).isEqualTo("not a workbook");
    }

    @Test
    void theWorkbookOpenedBeforeTheWindowShowsTheScenarioLeftOpen(FxRobot robot) throws Exception {
        startWith(robot, app.opener, Optional.empty());
        app.settle();
        String baseline = app.onFx(() -> app.window.model().compare().baselineNameProperty().get());
        app.onFx(() -> {
            app.window.model().session().currentNameProperty().set(baseline);
            return null;
        });
        app.settle();
        app.close();

        startWith(robot, openedEarly(), Optional.empty());
        app.settle();

        assertThat(app.onFx(() -> app.window.model().session().locationProperty().get()))
                .isEqualTo(app.workbook.toAbsolutePath().toString());
        assertThat(app.onFx(() -> app.window.model().session().currentNameProperty().get())).isEqualTo(baseline);
        assertThat(app.onFx(() -> app.window.model().compare().baselineNameProperty().get())).isEqualTo(baseline);
        assertThat(app.onFx(() -> ((Label) robot.lookup("#allocation-heading").query()).getText()))
                .isEqualTo("Allocation of " + baseline);
    }

    @Test
    void aDefaultWorkbookThatCannotBeOpenedIsExplainedAndTheDemoScenariosOpen(FxRobot robot) throws Exception {
        Files.writeString(app.workbook, "not a workbook");
        startWith(robot, openedEarly(), Optional.empty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String header = app.onFx(() -> ((DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText());
        assertThat(header).startsWith("The workbook the default workbook could not be opened:")
                .doesNotContain("Exception");
        robot.clickOn("OK");
        app.settle();

        assertThat(app.onFx(() -> app.window.model().session().locationProperty().get()))
                .startsWith("demo scenarios in memory");
        assertThat(Files.readString(app.workbook)).isEqualTo("not a workbook");
    }
}
