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
 * As the app starts: the default workbook is opened on its own thread before the window exists
 * (the app does this before the JavaFX toolkit is up), and the window takes it over.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyStartUiTest {
    private UiFixture app;

    @BeforeEach
    void fixture() {
        app = new UiFixture();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
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

    private void startWith(FxRobot robot, LibraryOpener opener) {
        robot.interact(() -> {
            app.window = TaakdiffApp.createWindow(new Stage(), app.settings, new Messages(Messages.ENGLISH), app.jobs,
                    TestData.study(), opener);
            app.window.model().openStartup();
            app.window.show(() -> { });
        });
    }

    @Test
    void theWorkbookOpenedBeforeTheWindowShowsTheScenarioLeftOpen(FxRobot robot) throws Exception {
        startWith(robot, app.opener);
        app.settle();
        String baseline = app.onFx(() -> app.window.model().compare().baselineNameProperty().get());
        app.onFx(() -> {
            app.window.model().session().currentNameProperty().set(baseline);
            return null;
        });
        app.settle();
        app.close();

        startWith(robot, openedEarly());
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
        startWith(robot, openedEarly());
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
