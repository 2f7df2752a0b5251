package nl.taakdiff.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.taakdiff.ui.main.MainWindow;

/**
 * Puts a stage back in a known state before a main window is made on it. TestFX hands every UI test
 * in a JVM the same primary stage, and a hidden stage keeps what the last test left on it: its size
 * and place (also one larger than the screen), maximized or full screen, the main window's minimum
 * size, its icons and scene.
 */
public final class StageReset {
    private StageReset() {
    }

    /**
     * Not maximized, full screen or iconified; no minimum or maximum size; the size a first start
     * opens with (fitted to the primary screen), centred on that screen; no scene, icons or title.
     * The size is set explicitly rather than left to the scene: a stage sized to its scene on
     * showing would drop the size that the window's memory puts back. The memory records changes
     * only, so a test that wants a place remembered moves each of the four bounds away from these.
     * Call on the FX thread.
     */
    public static void reset(Stage stage) {
        stage.setFullScreen(false);
        stage.setIconified(false);
        stage.setMaximized(false);
        stage.setResizable(true);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setMaxWidth(Double.MAX_VALUE);
        stage.setMaxHeight(Double.MAX_VALUE);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(MainWindow.WIDTH, screen.getWidth());
        double height = Math.min(MainWindow.HEIGHT, screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        // the last test's window would otherwise stay reachable (and its icons pile up)
        stage.setScene(null);
        stage.getIcons().clear();
        stage.setTitle(null);
    }
}
