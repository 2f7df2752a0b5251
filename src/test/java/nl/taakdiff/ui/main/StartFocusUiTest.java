package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.session.Scenarios;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** At start no button and no text field has the keyboard focus, and Ctrl+Z undoes the last edit. */
class StartFocusUiTest extends WithMainWindow {
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
