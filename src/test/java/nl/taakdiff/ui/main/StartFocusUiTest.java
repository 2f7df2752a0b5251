package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.session.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At start no button and no text field has the keyboard focus, and Ctrl+Z undoes the last edit. */
@ExtendWith(ApplicationExtension.class)
class StartFocusUiTest {
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = new UiFixture();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theTabsHaveTheFocusAndCtrlZUndoes(FxRobot robot) {
        app.settle();
        Node focused = app.onFx(() -> app.window.stage().getScene().getFocusOwner());
        assertThat(focused).isNotNull();
        assertThat(focused).isNotInstanceOf(ButtonBase.class).isNotInstanceOf(TextInputControl.class);
        assertThat(focused.getId()).isEqualTo("workspace-tabs");

        Scenario before = app.onFx(() -> app.window.model().session().current());
        var rule = before.rules().get(0);
        Level other = rule.level() == Level.STATE ? Level.PROVINCE : Level.STATE;
        assertThat(app.onFx(() -> app.window.model().session().setLevels(
                Map.of(new Scenarios.Cell(rule.taskCode(), rule.minPopulation()), other)))).isTrue();
        app.settle();
        assertThat(app.onFx(() -> app.window.model().session().current())).isNotEqualTo(before);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(app.onFx(() -> app.window.model().session().current())).isEqualTo(before);
    }
}
