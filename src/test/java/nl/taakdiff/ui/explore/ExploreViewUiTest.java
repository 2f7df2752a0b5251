package nl.taakdiff.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.ScatterChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.tabs.WorkspaceTabs;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Explore tab in the real window (headless): a proposal for the baseline appears, follows the
 * sliders and the uniform-only switch, marks cells that differ from the baseline, charts the
 * frontier and the scenarios, and is adopted as a new scenario that undo removes again.
 */
class ExploreViewUiTest extends WithMainWindow {
    private ExploreViewModel model() {
        return app.onFx(() -> WorkspaceTabs.model(app.window.model().tabs(), ExploreViewModel.class)
                .orElseThrow());
    }

    private void awaitProposal() {
        ExploreViewModel model = model();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.onFx(() -> model.result() != null
                    && model.appliedProperty().get() == model.requested() && !model.computingProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("no proposal: " + app.onFx(() -> model.problemProperty().get()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void walkThroughTheExploreView(FxRobot robot) {
        app.settle();
        ExploreViewModel model = model();
        assertThat(app.onFx(() -> model.activeProperty().get())).as("hidden tab does no work").isFalse();
        robot.clickOn("Explore");
        awaitProposal();
        assertThat(robot.lookup("#explore-problem").queryAs(Label.class).getText()).isEmpty();
        Scenario baseline = app.onFx(model::baseline);
        ExploreComputation.Result first = app.onFx(model::result);
        assertThat(first.base().scenario()).isEqualTo(baseline);
        assertThat(first.proposal().scenario().overrides()).isEqualTo(baseline.overrides());

        // the matrix: one cell per rule, marked where it differs from the baseline
        for (int i = 0; i < first.proposal().scenario().rules().size(); i++) {
            Rule rule = first.proposal().scenario().rules().get(i);
            int c = baseline.tiering().indexOfLowerBound(rule.minPopulation());
            Label cell = robot.lookup("#explore-cell-" + rule.taskCode() + "-" + c).queryAs(Label.class);
            boolean differs = baseline.rules().stream().anyMatch(b -> b.taskCode().equals(rule.taskCode())
                    && b.minPopulation() == rule.minPopulation() && b.level() != rule.level());
            assertThat(cell.getStyleClass().contains("differs")).isEqualTo(differs);
            assertThat(cell.getStyleClass()).contains("level-" + rule.level().code());
            assertThat(cell.getText().endsWith("≠")).isEqualTo(differs);
        }
        assertThat(first.proposal().scenario().rules()).isNotEqualTo(baseline.rules());

        // the chart: frontier, best uniform, every scenario of the workbook, the proposal
        @SuppressWarnings("unchecked")
        ScatterChart<Number, Number> chart = robot.lookup("#explore-chart").queryAs(ScatterChart.class);
        assertThat(app.onFx(() -> chart.getData().size())).isEqualTo(4);
        assertThat(app.onFx(() -> chart.getData().get(2).getData().size()))
                .isEqualTo(app.onFx(() -> app.window.model().session().scenarios().size()));
        assertThat(app.onFx(() -> chart.getData().get(0).getData().size())).isGreaterThan(1);
        assertThat(app.onFx(() -> robot.lookup(".explore-point-label").queryAll().size()))
                .isGreaterThanOrEqualTo(3);
        // the axes are numbered in the window's format, not the JVM's default locale
        nl.taakdiff.ui.common.Formats formats = new nl.taakdiff.ui.common.Messages(
                nl.taakdiff.ui.common.Messages.ENGLISH).formats();
        assertThat(app.onFx(() -> ((javafx.scene.chart.NumberAxis) chart.getXAxis()).getTickLabelFormatter()
                .toString(1500))).isEqualTo(formats.count(1500));
        assertThat(app.onFx(() -> ((javafx.scene.chart.NumberAxis) chart.getYAxis()).getTickLabelFormatter()
                .toString(43.5))).isEqualTo(formats.decimalBillions(43.5));

        // a higher risk price never gives more capacity-risk pairs
        long before = first.proposal().summary().capacityRiskPairs();
        app.onFx(() -> {
            robot.lookup("#explore-risk-slider").queryAs(Slider.class).setValue(ExploreViewModel.MAX_RISK_PRICE);
            return null;
        });
        awaitProposal();
        ExploreComputation.Result high = app.onFx(model::result);
        assertThat(high.proposal().prices().risk()).isEqualTo(ExploreViewModel.MAX_RISK_PRICE);
        assertThat(high.proposal().summary().capacityRiskPairs()).isLessThanOrEqualTo(before);
        assertThat(robot.lookup("#explore-risk-value").queryAs(Label.class).getText()).contains("2,000,000");

        // uniform only
        app.onFx(() -> {
            robot.lookup("#explore-uniform").queryAs(javafx.scene.control.CheckBox.class).fire();
            return null;
        });
        awaitProposal();
        ExploreComputation.Result uniform = app.onFx(model::result);
        assertThat(uniform.proposal().uniform()).isTrue();
        assertThat(uniform.proposal().scenario().isDifferentiated()).isFalse();
        assertThat(robot.lookup("#explore-uniformity").queryAs(Label.class).getText()).startsWith("Price of uniformity");

        // adopt, then undo
        int scenarios = app.onFx(() -> app.window.model().session().scenarios().size());
        Button adopt = robot.lookup("#explore-adopt").queryAs(Button.class);
        assertThat(app.onFx(adopt::isDisabled)).isFalse();
        app.onFx(() -> {
            adopt.fire();
            return null;
        });
        app.settle();
        assertThat(app.onFx(() -> app.window.model().session().scenarios().size())).isEqualTo(scenarios + 1);
        Scenario adopted = app.onFx(() -> app.window.model().session().current());
        assertThat(adopted.name()).isEqualTo("Explored uniform proposal");
        assertThat(adopted.rules()).isEqualTo(uniform.proposal().scenario().rules());
        assertThat(adopted.description()).contains(baseline.name());
        app.onFx(model::adopt);
        app.settle();
        assertThat(app.onFx(() -> app.window.model().session().scenario("Explored uniform proposal 2"))).isPresent();
        for (int step = 0; step < 2; step++) { // each undo is a step of the workbook's journal
            app.onFx(() -> {
                app.window.model().undo();
                return null;
            });
            app.settle();
        }
        assertThat(app.onFx(() -> app.window.model().session().scenarios().size())).isEqualTo(scenarios);
        assertThat(robot.lookup("#explore-adopt").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void allowedLevelsReachTheProposal(FxRobot robot) {
        app.settle();
        robot.clickOn("Explore");
        awaitProposal();
        ExploreViewModel model = model();
        String task = app.onFx(() -> model.tasks().get(0).code());
        app.onFx(() -> {
            for (nl.taakdiff.model.Level level : nl.taakdiff.model.Level.values()) {
                model.allowedProperty(task, level).set(level == nl.taakdiff.model.Level.PROVINCE);
            }
            return null;
        });
        awaitProposal();
        assertThat(app.onFx(() -> model.result().proposal().scenario().rules().stream()
                .filter(r -> r.taskCode().equals(task)).map(Rule::level).distinct().toList()))
                .containsExactly(nl.taakdiff.model.Level.PROVINCE);
        // the last allowed level cannot be switched off
        app.onFx(() -> {
            model.allowedProperty(task, nl.taakdiff.model.Level.PROVINCE).set(false);
            return null;
        });
        assertThat(app.onFx(() -> model.allowedProperty(task, nl.taakdiff.model.Level.PROVINCE).get())).isTrue();
    }
}
