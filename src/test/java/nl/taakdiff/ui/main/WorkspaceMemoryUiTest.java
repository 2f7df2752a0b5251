package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.taakdiff.ui.WithMainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Closed and opened again (with the same preferences, in a temporary node), the window comes back
 * with its size and place, on the tab shown last, with the scenario choices of the workbook; a window
 * left larger than the screen comes back inside it.
 */
class WorkspaceMemoryUiTest extends WithMainWindow {
    private static final String COPY = "Kopie voor de raad";

    @Test
    void theWindowOpensAsItWasLeft(FxRobot robot) {
        app.settle();
        String baseline = app.onFx(() -> app.window.model().compare().baselineNameProperty().get());
        app.onFx(() -> {
            var model = app.window.model();
            model.session().duplicate(model.compare().alternativeProperty(0).get(), COPY);
            return null;
        });
        app.settle();
        String first = app.onFx(() -> app.window.model().compare().alternativeProperty(0).get());
        app.onFx(() -> {
            app.window.model().compare().alternativeProperty(1).set(COPY);
            app.window.model().session().currentNameProperty().set(baseline);
            app.window.view().selectTab("map");
            Stage stage = app.window.stage();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(720);
            return null;
        });
        app.settle();
        String alternative0 = app.onFx(() -> app.window.model().compare().alternativeProperty(0).get());
        app.close();

        app.onFx(() -> {
            app.start(new Stage());
            return null;
        });
        app.settle();
        MainWindow again = app.window;
        assertThat(app.onFx(() -> again.view().selectedTabId())).isEqualTo("map");
        assertThat(app.onFx(() -> again.model().session().currentNameProperty().get())).isEqualTo(baseline);
        assertThat(app.onFx(() -> again.model().compare().baselineNameProperty().get())).isEqualTo(baseline);
        assertThat(app.onFx(() -> again.model().compare().alternativeProperty(0).get()))
                .isEqualTo(alternative0).isEqualTo(first);
        assertThat(app.onFx(() -> again.model().compare().alternativeProperty(1).get())).isEqualTo(COPY);
        assertThat(app.onFx(() -> again.stage().getWidth())).isEqualTo(1100);
        assertThat(app.onFx(() -> again.stage().getHeight())).isEqualTo(720);
        assertThat(app.onFx(() -> again.stage().getX())).isEqualTo(40);
    }

    @Test
    void aWindowLeftLargerThanTheScreenComesBackFillingIt() {
        Rectangle2D screen = headlessScreen();
        Rectangle2D again = reopenAsLeftOnALargerScreen(new Rectangle2D(screen.getMinX() + 200,
                screen.getMinY() + 100, screen.getWidth() + 400, screen.getHeight() + 300));
        assertThat(again).isEqualTo(screen);
    }

    @Test
    void aWindowLeftWiderThanTheScreenAndHangingOffItsFootComesBackInsideIt() {
        Rectangle2D screen = headlessScreen();
        Rectangle2D again = reopenAsLeftOnALargerScreen(new Rectangle2D(screen.getMinX() + 300,
                screen.getMinY() + 400, screen.getWidth() + 400, 700));
        // as wide as the screen, its own height, moved up just enough to show its foot
        assertThat(again).isEqualTo(new Rectangle2D(screen.getMinX(), screen.getMaxY() - 700, screen.getWidth(), 700));
        assertThat(screen.contains(again)).isTrue();
    }

    /** The primary screen's visual bounds: the 1600×1000 headless screen the build's test set-up asks for. */
    private Rectangle2D headlessScreen() {
        Rectangle2D screen = app.onFx(() -> Screen.getPrimary().getVisualBounds());
        assertThat(screen.getWidth()).isEqualTo(1600);
        assertThat(screen.getHeight()).isEqualTo(1000);
        return screen;
    }

    /**
     * Closes the window, remembers these bounds as a run on a larger screen (a laptop on its docking
     * station) would have, and opens the window again; returns its new bounds. The bounds go straight
     * into the preferences: a window larger than the headless screen overflows its frame buffer.
     */
    private Rectangle2D reopenAsLeftOnALargerScreen(Rectangle2D left) {
        app.settle();
        app.close();
        Preferences memory = app.settings.workspace();
        memory.putDouble(WorkspaceMemory.X, left.getMinX());
        memory.putDouble(WorkspaceMemory.Y, left.getMinY());
        memory.putDouble(WorkspaceMemory.WIDTH, left.getWidth());
        memory.putDouble(WorkspaceMemory.HEIGHT, left.getHeight());

        app.onFx(() -> app.start(new Stage()));
        app.settle();
        Stage again = app.window.stage();
        return app.onFx(() -> new Rectangle2D(again.getX(), again.getY(), again.getWidth(), again.getHeight()));
    }
}
