package nl.taakdiff.ui.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.sensitivity.SensitivityViewModel.RunState;
import nl.taakdiff.ui.session.Scenarios;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sensitivity view in the real window (headless): the tornado is drawn, a Monte Carlo run
 * shows progress and can be cancelled, a finished run is read out and drawn, an edit marks it
 * outdated and re-runs the tornado, and a tornado row jumps to its task.
 */
class SensitivityViewUiTest extends WithMainWindow {
    private SensitivityViewModel model() {
        return app.onFx(() -> ((SensitivityView) app.window.view().tabView("sensitivity")).model());
    }

    private static void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError(what, e);
        }
    }

    /** Scrolls the button into view and clicks it, as an analyst would. */
    private void press(FxRobot robot, String id) {
        javafx.scene.control.Button button = robot.lookup(id).queryButton();
        app.onFx(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#sensitivity-scroll").queryAs(
                    javafx.scene.control.ScrollPane.class);
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double y = button.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 50) / Math.max(1, contentHeight - scroll.getViewportBounds().getHeight()))));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button);
    }

    @Test
    void tornadoMonteCarloCancelOutdatedAndJumpToTask(FxRobot robot) {
        app.settle();
        app.onFx(() -> {
            app.window.view().selectTab("sensitivity");
            return null;
        });
        SensitivityViewModel model = model();
        await("the tornado was not drawn", () -> model.tornado() != null
                && !robot.lookup(".tornado-bar").queryAll().isEmpty());

        int bars = robot.lookup(".tornado-bar").queryAll().size();
        assertThat(bars).isEqualTo(2 * Math.min(TornadoChart.MAX_ROWS,
                (int) model.tornado().rows().stream().filter(r -> r.swing() > 0).count()));
        assertThat(robot.lookup("#sensitivity-pair").queryAs(Label.class).getText()).startsWith("Difference of");

        // A long run shows progress and stops on Cancel.
        app.onFx(() -> {
            model.drawsProperty().set(100_000);
            return null;
        });
        press(robot, "#uncertainty-run");
        assertThat(app.onFx(() -> model.runStateProperty().get())).isIn(RunState.RUNNING, RunState.DONE);
        press(robot, "#uncertainty-cancel");
        await("the run did not stop", () -> model.runStateProperty().get() != RunState.RUNNING);
        assertThat(app.onFx(() -> model.runStateProperty().get())).isEqualTo(RunState.CANCELLED);
        assertThat(app.onFx(() -> model.uncertainty())).isNull();
        assertThat(robot.lookup("#uncertainty-status").queryAs(Label.class).getText()).startsWith("Cancelled");

        // A short run completes: progress full, the read-out, the histogram and the classes.
        app.onFx(() -> {
            model.drawsProperty().set(1_000);
            return null;
        });
        press(robot, "#uncertainty-run");
        await("the run did not finish", () -> model.runStateProperty().get() == RunState.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.onFx(() -> model.progressProperty().get())).isEqualTo(1.0);
        assertThat(robot.lookup("#uncertainty-readout").queryAs(Label.class).getText())
                .matches("In \\d{1,3}(\\.\\d)?% of the draws the alternative is cheaper\\.");
        assertThat(robot.lookup(".histogram-bar").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".histogram-quantile").queryAll()).hasSize(3);
        assertThat(robot.lookup("#uncertainty-classes").queryTableView().getItems()).isNotEmpty();

        // An edit re-runs the tornado and marks the Monte Carlo figures outdated.
        var tornadoBefore = app.onFx(() -> model.tornado());
        app.onFx(() -> {
            var session = app.window.model().session();
            String task = session.study().tasks().get(0).code();
            session.setLevels(Map.of(new Scenarios.Cell(task, 100_000), Level.STATE));
            return null;
        });
        await("the tornado did not follow the edit", () -> model.tornado() != tornadoBefore);
        assertThat(app.onFx(() -> model.outdatedProperty().get())).isTrue();
        assertThat(robot.lookup("#uncertainty-status").queryAs(Label.class).getText()).contains("Outdated");

        // A tornado row of a task opens that task in the Tasks view.
        app.onFx(() -> {
            robot.lookup("#sensitivity-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".tornado-row").query();
        String parameter = app.onFx(() -> model.tornado().rows().get(0).parameter().name());
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        if (!parameter.startsWith("overhead.")) {
            String task = parameter.substring(0, parameter.lastIndexOf('.'));
            assertThat(app.onFx(() -> app.window.model().session().selectedTaskProperty().get())).isEqualTo(task);
            TabPane tabs = robot.lookup("#workspace-tabs").queryAs(TabPane.class);
            assertThat(app.onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("tasks");
        }
    }
}
