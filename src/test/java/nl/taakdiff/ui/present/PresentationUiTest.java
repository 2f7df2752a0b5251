package nl.taakdiff.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.map.MapCanvas;
import nl.taakdiff.ui.map.MapViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode in the real window (headless): F11, every slide by keyboard, Esc back to the window. */
@ExtendWith(ApplicationExtension.class)
class PresentationUiTest {
    private UiFixture app;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        app = new UiFixture();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.onFx(() -> {
            if (app.window.presentation() != null) {
                app.window.presentation().close();
            }
            return null;
        });
        app.stop();
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return app.onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private boolean presenting() {
        return app.window.presentation() != null && app.window.presentation().stage().isShowing();
    }

    private void key(FxRobot robot, KeyCode code) {
        robot.type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f11OpensFullScreenArrowKeysStepThroughEverySlideAndEscLeaves(FxRobot robot) {
        app.settle();
        waitUntil("the map shapes are loaded", () -> app.window.model().map().shapes() != null);
        robot.clickOn("#workspace-tabs");
        key(robot, KeyCode.F11);
        waitUntil("the presentation is open", this::presenting);
        Stage stage = app.onFx(() -> app.window.presentation().stage());
        assertThat(app.onFx(stage::isFullScreen)).isTrue();
        assertThat(app.onFx(() -> robot.lookup(".menu-bar").queryAll().stream()
                .noneMatch(n -> n.getScene().getWindow() == stage))).as("no editing in the presentation").isTrue();

        // 1: the options side by side
        assertThat(text(robot, "#slide-title")).isEqualTo("The options side by side");
        assertThat(text(robot, "#slide-counter")).isEqualTo("1 / 7");
        assertThat(text(robot, "#slide-kpi-total_cost-baseline")).startsWith("€").endsWith(" bn");
        assertThat(text(robot, "#slide-kpi-total_cost-0")).startsWith("€");
        assertThat(text(robot, "#slide-kpi-task_packages-delta-0")).startsWith("+");

        // 2: cost per inhabitant per size class
        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-title")).isEqualTo("Cost per inhabitant per size class");
        assertThat(text(robot, "#slide-counter")).isEqualTo("2 / 7");
        BarChart<?, ?> chart = app.onFx(() -> robot.lookup("#slide-chart").queryAs(BarChart.class));
        assertThat(app.onFx(() -> chart.getData().size())).isEqualTo(2);
        assertThat(app.onFx(() -> chart.getData().get(0).getData().size())).isEqualTo(4);

        // 3: the map, coloured as on the Map tab
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).isEqualTo("On the map: Change in cost per inhabitant");
        MapCanvas map = app.onFx(() -> app.window.presentation().view().mapCanvas());
        assertThat(map).isNotNull();
        var comparison = app.onFx(() -> app.window.model().compare().result().comparisons().get(0));
        var expected = MapColouring.costChange(comparison);
        assertThat(app.onFx(() -> map.fillOf("GM0088"))).isEqualTo(MapCanvas.fx(expected.colourOf("GM0088")));
        assertThat(app.onFx(() -> robot.lookup("#slide-legend").query() != null)).isTrue();
        waitUntil("the slide map is drawn", () -> map.draws() > 0 && map.getWidth() > 300);

        // 4: winners and losers
        key(robot, KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#slide-title")).isEqualTo("Biggest winners and losers");
        Node winners = app.onFx(() -> robot.lookup("#slide-winners").query());
        assertThat(app.onFx(() -> robot.from(winners).lookup((Label l) -> "Schiermonnikoog".equals(l.getText()))
                .tryQuery().isPresent())).isTrue();
        assertThat(app.onFx(() -> robot.lookup("#slide-losers").query() != null)).isTrue();

        // 5: the appraisal; the arrows move the focused weight and the ranking follows
        key(robot, KeyCode.DOWN);
        assertThat(text(robot, "#slide-title")).isEqualTo("Weighing the options");
        assertThat(text(robot, "#slide-counter")).isEqualTo("5 / 7");
        assertThat(text(robot, "#slide-rank-1-name")).isEqualTo("Huidige situatie (uniform)");
        for (int i = 0; i < 8; i++) {
            key(robot, KeyCode.RIGHT);
        }
        assertThat(app.onFx(() -> app.window.model().appraisal().criteria().get(0).weightProperty().get()))
                .isEqualTo(5.0);
        assertThat(text(robot, "#slide-rank-1-name")).isEqualTo("Gedifferentieerd naar schaal");
        assertThat(text(robot, "#slide-counter")).isEqualTo("5 / 7");

        // 6: the best allocation against capacity risk, and the price of uniformity
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).isEqualTo("The best allocation: cost against capacity risk");
        assertThat(text(robot, "#slide-counter")).isEqualTo("6 / 7");
        waitUntil("the exploration is on the slide", () -> app.window.model().presentation().explore().result() != null
                && robot.lookup("#slide-uniformity").tryQuery().isPresent());
        assertThat(text(robot, "#slide-uniformity")).startsWith("Price of uniformity: €");
        assertThat(app.onFx(() -> robot.lookup("#slide-frontier").queryAs(javafx.scene.chart.ScatterChart.class)
                .getData().size())).isEqualTo(4);

        // 7: the assumptions
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).isEqualTo("Assumptions");
        assertThat(text(robot, "#slide-counter")).isEqualTo("7 / 7");
        assertThat(app.onFx(() -> robot.lookup("#slide-tasks").query() != null)).isTrue();
        assertThat(app.onFx(() -> robot.lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("Size classes: below 20,000"))
                .tryQuery().isPresent())).isTrue();

        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-counter")).as("the last slide stays").isEqualTo("7 / 7");
        key(robot, KeyCode.LEFT);
        assertThat(text(robot, "#slide-title")).isEqualTo("The best allocation: cost against capacity risk");
        key(robot, KeyCode.LEFT);
        assertThat(text(robot, "#slide-title")).isEqualTo("Weighing the options");

        key(robot, KeyCode.ESCAPE);
        waitUntil("the presentation is closed", () -> !presenting());
        assertThat(app.onFx(() -> app.window.model().presentation().isShowing())).isFalse();
        assertThat(app.onFx(main::isShowing)).isTrue();
        waitUntil("the main window has the focus", main::isFocused);
        assertThat(app.onFx(() -> robot.lookup("#workspace-tabs").query().getScene().getWindow())).isSameAs(main);
    }

    @Test
    void theToolbarButtonPresentsInDutch(FxRobot robot) {
        app.settle();
        robot.clickOn("#tool-language");
        app.settle();
        robot.clickOn("#tool-present");
        waitUntil("the presentation is open", this::presenting);
        assertThat(text(robot, "#slide-title")).isEqualTo("De opties naast elkaar");
        assertThat(text(robot, "#slide-kpi-total_cost-baseline")).matches("€ \\d+,\\d\\d mld");
        assertThat(text(robot, "#slide-kpi-direct_control_share-0")).matches("\\d+,\\d%");
        key(robot, KeyCode.END);
        assertThat(text(robot, "#slide-title")).isEqualTo("Uitgangspunten");
        key(robot, KeyCode.HOME);
        assertThat(text(robot, "#slide-counter")).isEqualTo("1 / 7");
        key(robot, KeyCode.ESCAPE);
        waitUntil("the presentation is closed", () -> !presenting());
        assertThat(app.onFx(main::isShowing)).isTrue();
    }
}
