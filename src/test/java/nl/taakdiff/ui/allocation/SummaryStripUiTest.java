package nl.taakdiff.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.control.Label;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.session.Scenarios;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The summary above the matrix shows the edited scenario against the baseline, and follows an edit. */
class SummaryStripUiTest extends WithMainWindow {
    private String shown(FxRobot robot, Metric metric) {
        return app.onFx(() -> robot.lookup("#allocation-summary-" + metric.key()).queryAs(Label.class).getText());
    }

    private String expected(Metric metric) {
        return app.onFx(() -> {
            var model = app.window.model();
            String current = model.session().currentNameProperty().get();
            Comparison c = model.compare().result().comparisons().stream()
                    .filter(x -> x.alternative().scenario().name().equals(current)).findFirst().orElseThrow();
            Messages m = model.messages();
            var d = c.metric(metric);
            return m.get("metric." + metric.key()) + " " + m.formats().value(metric.unit(), d.alternative(), true)
                    + " (" + m.formats().delta(metric.unit(), d.delta(), true) + ")";
        });
    }

    @Test
    void theStripFollowsEditsInDutch(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.window.model().setLanguage(Messages.DUTCH));
        app.settle();
        String before = shown(robot, Metric.TOTAL_COST);
        assertThat(before).isEqualTo(expected(Metric.TOTAL_COST)).startsWith("Totale kosten € ");
        assertThat(shown(robot, Metric.CAPACITY_RISK_PAIRS)).isEqualTo(expected(Metric.CAPACITY_RISK_PAIRS));

        Rule rule = app.onFx(() -> app.window.model().session().current().rules().get(0));
        Level other = rule.level() == Level.STATE ? Level.MUNICIPALITY : Level.STATE;
        app.onFx(() -> app.window.model().session().setLevels(
                Map.of(new Scenarios.Cell(rule.taskCode(), rule.minPopulation()), other)));
        app.settle();
        assertThat(shown(robot, Metric.TOTAL_COST)).isEqualTo(expected(Metric.TOTAL_COST)).isNotEqualTo(before);
        assertThat(shown(robot, Metric.DIRECT_CONTROL_SHARE)).isEqualTo(expected(Metric.DIRECT_CONTROL_SHARE));

        robot.interact(() -> app.window.model().session().currentNameProperty()
                .set(app.window.model().session().baselineNameProperty().get()));
        app.settle();
        assertThat(app.onFx(() -> robot.lookup("#allocation-summary-heading").queryAs(Label.class).getText()))
                .startsWith("Dit is de basis");
    }
}
