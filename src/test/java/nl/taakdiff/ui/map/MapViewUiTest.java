package nl.taakdiff.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.engine.map.MapColouring.Mode;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.WithMainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map tab in the real window (headless): the fill used for known municipalities in every colour
 * mode, read back from the canvas as drawn; hover, click selection, zoom and pan.
 */
class MapViewUiTest extends WithMainWindow {
    private static final String AMSTERDAM = MapViewModelTest.AMSTERDAM;
    private static final String SCHIERMONNIKOOG = MapViewModelTest.SCHIERMONNIKOOG;

    private MapViewModel model() {
        return app.onFx(() -> app.window.model().map());
    }

    private MapView view() {
        return app.onFx(() -> (MapView) app.window.view().tabView("map"));
    }

    private void openMap(FxRobot robot) {
        app.settle();
        robot.clickOn("Map");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.onFx(() -> model().shapes() != null
                    && model().map() != null && view().canvas().draws() > 0 && view().canvas().getWidth() > 100));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the map was not drawn", e);
        }
        redraw();
    }

    private void redraw() {
        app.onFx(() -> {
            view().canvas().redraw();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The fill the canvas uses and the pixel actually on the canvas inside the municipality. */
    private Color[] shown(String code) {
        return app.onFx(() -> {
            MapCanvas canvas = view().canvas();
            Point2D p = canvas.screenPointOf(code);
            WritableImage image = canvas.canvas().snapshot(null, null);
            Color pixel = image.getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
            return new Color[] {canvas.fillOf(code), pixel};
        });
    }

    private void assertShows(String code, Rgb expected) {
        Color[] shown = shown(code);
        Color colour = MapCanvas.fx(expected);
        assertThat(shown[0]).as(code + " fill").isEqualTo(colour);
        assertThat(distance(shown[1], colour)).as(code + " pixel " + shown[1] + " vs " + colour).isLessThan(0.02);
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    private void set(Runnable change) {
        app.onFx(() -> {
            change.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        redraw();
    }

    @Test
    void knownMunicipalitiesShowTheColoursOfEveryMode(FxRobot robot) {
        openMap(robot);
        var comparison = app.onFx(() -> app.window.model().compare().result().comparisons().get(0));
        var change = MapColouring.costChange(comparison);
        assertShows(AMSTERDAM, change.colourOf(AMSTERDAM));
        assertShows(SCHIERMONNIKOOG, change.colourOf(SCHIERMONNIKOOG));

        set(() -> model().modeProperty().set(Mode.SIZE_CLASS));
        assertShows(AMSTERDAM, Rgb.of("#081d58"));
        assertShows(SCHIERMONNIKOOG, Rgb.of("#edf8b1"));

        set(() -> {
            model().modeProperty().set(Mode.TASK_LEVEL);
            model().taskProperty().set("JZ-LOK");
        });
        assertShows(AMSTERDAM, Palettes.LEVELS.get(Level.MUNICIPALITY));
        assertShows(SCHIERMONNIKOOG, Palettes.LEVELS.get(Level.REGION));

        set(() -> model().modeProperty().set(Mode.CAPACITY_RISK));
        var risk = MapColouring.capacityRisk(comparison.alternative());
        assertShows(AMSTERDAM, risk.colourOf(AMSTERDAM));
        assertShows(SCHIERMONNIKOOG, risk.colourOf(SCHIERMONNIKOOG));
        assertThat(app.onFx(() -> robot.lookup("#map-legend-title").queryAs(Label.class).getText()))
                .isEqualTo("Tasks below minimum scale");
        assertThat(app.onFx(() -> robot.lookup("#map-legend-unit").queryAs(Label.class).getText())).isEqualTo("tasks");
    }

    @Test
    void theLoserProbabilityIsComputedInTheBackgroundAndDrawn(FxRobot robot) throws Exception {
        openMap(robot);
        robot.clickOn("#map-mode");
        robot.clickOn("Probability of being a loser");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.onFx(() -> model().map() != null
                && model().map().choropleth().mode() == Mode.LOSER_PROBABILITY));
        redraw();
        var choropleth = app.onFx(() -> model().map().choropleth());
        assertShows(AMSTERDAM, choropleth.colourOf(AMSTERDAM));
        assertShows(SCHIERMONNIKOOG, choropleth.colourOf(SCHIERMONNIKOOG));
        assertThat(app.onFx(() -> robot.lookup("#map-legend-title").queryAs(Label.class).getText()))
                .isEqualTo("Probability of being a loser");
        assertThat(app.onFx(() -> robot.lookup("#map-legend-4").queryAs(javafx.scene.Node.class) != null)).isTrue();
        assertThat(app.onFx(() -> robot.lookup("#map-loser-run").queryAs(javafx.scene.Node.class).isVisible()))
                .as("no progress bar once done").isFalse();
    }

    @Test
    void hoverShowsTheFiguresAndAClickSelects(FxRobot robot) {
        openMap(robot);
        Point2D amsterdam = app.onFx(() -> {
            MapCanvas canvas = view().canvas();
            return canvas.localToScreen(canvas.screenPointOf(AMSTERDAM));
        });
        robot.moveTo(amsterdam);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.onFx(() -> model().hoveredProperty().get())).isEqualTo(AMSTERDAM);
        assertThat(app.onFx(() -> robot.lookup("#map-info-title").queryAs(Label.class).getText())).isEqualTo("Amsterdam");
        assertThat(app.onFx(() -> robot.lookup("#map-info-value-0").queryAs(Label.class).getText())).isEqualTo(AMSTERDAM);
        assertThat(app.onFx(() -> nl.taakdiff.ui.TextFit.truncated(robot.lookup("#map-info").queryAs(
                javafx.scene.Parent.class)))).as("details panel cut off").isEmpty();
        assertThat(app.onFx(() -> robot.lookup("#map-info").queryAs(javafx.scene.layout.GridPane.class).getChildren()
                .size())).as("label and value per detail").isGreaterThanOrEqualTo(12);

        robot.clickOn(amsterdam);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.onFx(() -> app.window.model().session().selectedMunicipality())).isEqualTo(AMSTERDAM);
        assertThat(app.onFx(() -> robot.lookup("#status-selection").queryAs(Label.class).getText()))
                .isEqualTo("Selected: Amsterdam (GM0363)");
    }

    @Test
    void scrollZoomsAndDragPans(FxRobot robot) {
        openMap(robot);
        Point2D before = app.onFx(() -> view().canvas().screenPointOf(AMSTERDAM));
        Point2D centre = app.onFx(() -> {
            MapCanvas canvas = view().canvas();
            return canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2);
        });
        robot.moveTo(centre);
        app.onFx(() -> {
            view().canvas().zoomAt(3, view().canvas().getWidth() / 2, view().canvas().getHeight() / 2);
            return null;
        });
        assertThat(app.onFx(() -> view().canvas().zoom())).isEqualTo(3.0);
        robot.drag(centre).moveBy(60, 30).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = app.onFx(() -> view().canvas().screenPointOf(AMSTERDAM));
        assertThat(after.distance(before)).isGreaterThan(50);
        assertThat(app.onFx(() -> app.window.model().session().selectedMunicipality())).as("a drag is no click")
                .isNull();
        robot.clickOn("#map-reset");
        assertThat(app.onFx(() -> view().canvas().zoom())).isEqualTo(1.0);
    }
}
