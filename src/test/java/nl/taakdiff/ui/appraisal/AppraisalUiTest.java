package nl.taakdiff.ui.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.taakdiff.ui.Screenshots;
import nl.taakdiff.ui.WithMainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Appraisal tab in the real main window on a seeded workbook, headless. */
class AppraisalUiTest extends WithMainWindow {
    private static final String UNIFORM = "Huidige situatie (uniform)";
    private static final String DIFFERENTIATED = "Gedifferentieerd naar schaal";

    private String text(FxRobot robot, String query) {
        return app.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void movingTheCostSliderChangesTheWinnerAndASetSwitchIsUndone(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.window.view().selectTab("appraisal"));
        app.settle();
        // Equal weights: the uniform scenario leads (more direct control, one task package, no losers).
        assertThat(text(robot, "#appraisal-rank-1-name")).isEqualTo(UNIFORM);
        assertThat(text(robot, "#appraisal-rank-2-name")).isEqualTo(DIFFERENTIATED);
        // Uniform is better on five of the six criteria, differentiated only on cost: the ranking holds
        // while cost weighs no more than the other five together, up to a share of 50.0%.
        assertThat(text(robot, "#appraisal-cost_per_inhabitant-share")).isEqualTo("16.7% (0.0% – 50.0%)");
        assertThat(app.onFx(() -> robot.lookup("#appraisal-acceptability-0-0").tryQuery().isPresent())).isTrue();

        // The chair pushes the cost weight to the end of its slider: cost then weighs 10 of 15.
        Slider cost = robot.lookup("#appraisal-cost_per_inhabitant-slider").queryAs(Slider.class);
        robot.interact(cost::requestFocus);
        robot.type(KeyCode.END);
        app.settle();
        assertThat(app.onFx(cost::getValue)).isEqualTo(10.0);
        assertThat(text(robot, "#appraisal-rank-1-name")).isEqualTo(DIFFERENTIATED);
        assertThat(app.onFx(() -> robot.lookup("#appraisal-cost_per_inhabitant-weight").queryAs(TextField.class)
                .getText())).isEqualTo("10");
        Screenshots.save(app.window.stage().getScene(), "appraisal-cost-heavy");

        // Switching to the VNG set is an undoable edit.
        @SuppressWarnings("unchecked")
        ComboBox<String> sets = robot.lookup("#appraisal-set").queryAs(ComboBox.class);
        robot.interact(() -> sets.setValue("VNG"));
        app.settle();
        assertThat(app.onFx(() -> robot.lookup("#appraisal-direct_control_share-slider").queryAs(Slider.class)
                .getValue())).isEqualTo(3.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(app.onFx(sets::getValue)).isEqualTo("Gelijk");
        assertThat(app.onFx(() -> robot.lookup("#appraisal-cost_per_inhabitant-slider").queryAs(Slider.class)
                .getValue())).isEqualTo(10.0);
    }
}
