package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tooltip that is only made when the mouse comes over its control, and then follows the text. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipUiTest {
    private Button save;
    private Button other;
    private Stage own;

    /** On a stage of its own: the shared primary stage keeps its size for the tests after this one. */
    @Start
    void start(Stage primary) {
        save = new Button("Opslaan");
        other = new Button("Anders");
        own = new Stage();
        own.setScene(new Scene(new VBox(20, other, save), 300, 200));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverWithTheLatestText(FxRobot robot) {
        robot.interact(() -> {
            LazyTooltip.of(save, "Bewaart de versie");
            LazyTooltip.of(save, "Bewaart deze versie");
        });
        assertThat(save.getTooltip()).as("no popup window before the mouse comes").isNull();
        assertThat(LazyTooltip.of(save, "Bewaart deze versie").text()).isEqualTo("Bewaart deze versie");

        robot.moveTo(save);
        Tooltip tooltip = save.getTooltip();
        assertThat(tooltip).isNotNull();
        assertThat(tooltip.getText()).isEqualTo("Bewaart deze versie");

        robot.interact(() -> LazyTooltip.of(save, "Bewaart alles"));
        assertThat(save.getTooltip()).isSameAs(tooltip);
        assertThat(tooltip.getText()).isEqualTo("Bewaart alles");
    }

    @Test
    void noTextMeansNoTooltip(FxRobot robot) {
        robot.interact(() -> LazyTooltip.of(other, null));
        robot.moveTo(other);
        assertThat(other.getTooltip()).isNull();

        robot.interact(() -> LazyTooltip.of(other, "Kiest iets anders"));
        robot.moveTo(save).moveTo(other);
        assertThat(other.getTooltip().getText()).isEqualTo("Kiest iets anders");
        robot.interact(() -> LazyTooltip.of(other, null));
        assertThat(other.getTooltip()).isNull();
    }
}
