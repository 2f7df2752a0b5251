package nl.taakdiff.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every label that names a scenario follows the figures it labels: after another alternative is
 * chosen, the KPI cards, the size-class table, both charts, the winners/losers box and the map's
 * scenario box name the new scenario, and none of them the old one.
 */
class ScenarioLabelsUiTest extends WithMainWindow {
    private static final String OTHER = "Alles regionaal";

    @Test
    void labelsFollowTheChosenAlternative(FxRobot robot) {
        app.settle();
        String first = app.onFx(() -> app.window.model().compare().alternativeProperty(0).get());
        robot.clickOn("Map");
        app.settle();
        assertLabelsName(robot, first);

        app.onFx(() -> {
            Session session = app.window.model().session();
            session.duplicate(first, OTHER);
            app.window.model().compare().alternativeProperty(0).set(OTHER);
            return null;
        });
        app.settle();
        assertThat(app.onFx(() -> app.window.model().compare().result().alternativeNames())).containsExactly(OTHER);
        assertLabelsName(robot, OTHER);
        app.onFx(() -> {
            nl.taakdiff.ui.Screenshots.save(app.window.stage().getScene(), "map-en");
            return null;
        });
        robot.clickOn("Compare");
        app.settle();
        assertLabelsName(robot, OTHER);
        app.onFx(() -> {
            nl.taakdiff.ui.Screenshots.save(app.window.stage().getScene(), "compare-en");
            assertThat(robot.lookup("#kpi-capacity_risk_pairs-0").tryQuery()).as("pairs card").isPresent();
            assertThat(robot.lookup("#kpi-capacity_risk_municipalities-0").tryQuery()).as("municipalities card")
                    .isPresent();
            return null;
        });
    }

    @Test
    void levelColoursComeFromTheOnePalette(FxRobot robot) {
        app.settle();
        app.onFx(() -> {
            nl.taakdiff.ui.Screenshots.save(app.window.stage().getScene(), "allocation-en");
            for (nl.taakdiff.model.Level level : nl.taakdiff.model.Level.values()) {
                javafx.scene.paint.Color expected = nl.taakdiff.ui.map.MapCanvas.fx(
                        nl.taakdiff.engine.map.Palettes.LEVELS.get(level));
                javafx.scene.layout.Region button = robot.lookup("#set-level-" + level.code())
                        .queryAs(javafx.scene.layout.Region.class);
                assertThat(button.getBackground().getFills().get(0).getFill()).as("matrix legend " + level)
                        .isEqualTo(expected);
                javafx.scene.layout.Region bar = robot.lookup("#level-chart .default-color" + level.ordinal()
                        + ".chart-bar").queryAs(javafx.scene.layout.Region.class);
                assertThat(bar.getBackground().getFills().stream().map(f -> f.getFill()).toList())
                        .as("cost-by-level bar " + level).contains(expected);
            }
            javafx.scene.layout.Region cell = robot.lookup(".level-cell.level-region")
                    .queryAs(javafx.scene.layout.Region.class);
            assertThat(cell.getBackground().getFills().get(0).getFill()).as("matrix cell stripe")
                    .isEqualTo(nl.taakdiff.ui.map.MapCanvas.fx(nl.taakdiff.engine.map.Palettes.LEVELS.get(
                            nl.taakdiff.model.Level.REGION)));
            List<javafx.scene.paint.Paint> series = nl.taakdiff.engine.map.ClassCostChart.SERIES_COLOURS.stream()
                    .map(c -> (javafx.scene.paint.Paint) nl.taakdiff.ui.map.MapCanvas.fx(c)).toList();
            javafx.scene.layout.Region classBar = robot.lookup("#class-chart .default-color1.chart-bar")
                    .queryAs(javafx.scene.layout.Region.class);
            assertThat(classBar.getBackground().getFills().stream().map(f -> f.getFill()).toList())
                    .as("size-class chart: palette colours, not JavaFX's defaults").contains(series.get(1));
            return null;
        });
    }

    private void assertLabelsName(FxRobot robot, String alternative) {
        String baseline = app.onFx(() -> app.window.model().compare().baselineNameProperty().get());
        app.onFx(() -> {
            assertThat(buttonText(robot, "#compare-focus")).as("winners/losers box").isEqualTo(alternative);
            assertThat(buttonText(robot, "#map-source")).as("map scenario box").isIn(alternative,
                    app.window.model().messages().get("map.source.baseline", baseline));
            List<String> cardNames = robot.lookup(".kpi-scenario").queryAllAs(Label.class).stream()
                    .map(Label::getText).distinct().toList();
            assertThat(cardNames).as("KPI cards").containsExactly(alternative);
            TableView<?> classes = robot.lookup("#class-table").queryAs(TableView.class);
            List<String> headers = classes.getColumns().stream().map(c -> ((Label) c.getGraphic()).getText().replace("\n", " ")).toList();
            assertThat(headers).as("size-class table").contains(baseline, alternative);
            List<String> classSeries = robot.lookup("#class-chart").queryAs(javafx.scene.chart.BarChart.class)
                    .getData().stream().map(s -> ((javafx.scene.chart.XYChart.Series<?, ?>) s).getName()).toList();
            assertThat(classSeries).as("class chart legend").containsExactly(baseline, alternative);
            List<Object> levelBars = robot.lookup("#level-chart").queryAs(javafx.scene.chart.StackedBarChart.class)
                    .getData().stream().flatMap(s -> ((javafx.scene.chart.XYChart.Series<?, ?>) s).getData().stream())
                    .map(d -> ((javafx.scene.chart.XYChart.Data<?, ?>) d).getExtraValue()).distinct().toList();
            // bottom to top: the baseline is the top bar
            assertThat(levelBars).as("cost-by-level bars").containsExactly(alternative, baseline);
            return null;
        });
        int last = app.onFx(() -> app.window.model().map().sources().size() - 1);
        app.onFx(() -> {
            app.window.model().map().sourceProperty().set(last);
            return null;
        });
        app.settle();
        app.onFx(() -> {
            assertThat(buttonText(robot, "#map-source")).as("map scenario box").isEqualTo(alternative);
            assertThat(app.window.model().map().map().subtitle()).as("map subtitle").contains(alternative);
            return null;
        });
    }

    private static String buttonText(FxRobot robot, String box) {
        javafx.scene.control.ComboBox<?> combo = robot.lookup(box).queryAs(javafx.scene.control.ComboBox.class);
        // the button cell is the combo box's own child; its popup's cells are not
        return combo.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance)
                .map(c -> ((ListCell<?>) c).getText()).findFirst().orElseThrow();
    }
}
