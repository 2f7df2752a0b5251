package nl.taakdiff.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import nl.taakdiff.ui.WithMainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** An alternative box offers neither the baseline nor a scenario another alternative box shows. */
class AlternativeChoicesUiTest extends WithMainWindow {
    private static final String THIRD = "Alles regionaal";

    @SuppressWarnings("unchecked")
    private List<String> offered(FxRobot robot, String id) {
        return app.onFx(() -> List.copyOf(robot.lookup("#" + id).queryAs(ComboBox.class).getItems()));
    }

    @Test
    void chosenScenariosAreNotOfferedTwice(FxRobot robot) {
        app.settle();
        CompareViewModel compare = app.onFx(() -> app.window.model().compare());
        String baseline = app.onFx(() -> compare.baselineNameProperty().get());
        String copied = app.onFx(() -> compare.alternativeProperty(0).get());
        app.onFx(() -> {
            app.window.model().session().duplicate(copied, THIRD);
            return null;
        });
        app.settle();
        // the copy may have become the selected scenario, which the first alternative follows
        String first = app.onFx(() -> compare.alternativeProperty(0).get());
        String other = first.equals(THIRD) ? copied : THIRD;
        assertThat(offered(robot, "compare-baseline")).contains(baseline, first, other);
        assertThat(offered(robot, "compare-alternative-0")).contains(first, other).doesNotContain(baseline);
        assertThat(offered(robot, "compare-alternative-1")).contains("", other).doesNotContain(baseline, first);

        app.onFx(() -> {
            compare.alternativeProperty(1).set(other);
            return null;
        });
        app.settle();
        assertThat(offered(robot, "compare-alternative-0")).contains(first).doesNotContain(baseline, other);
        assertThat(offered(robot, "compare-alternative-1")).contains(other).doesNotContain(baseline, first);
        assertThat(offered(robot, "compare-alternative-2")).containsExactly("");
    }
}
