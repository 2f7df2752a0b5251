package nl.taakdiff.ui.main;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.session.Session;

/**
 * What the main window remembers between runs (in the app's preferences): its size and place, the
 * tab last shown, and per workbook the selected scenario, the baseline and the alternatives. A
 * remembered scenario that the workbook no longer has is ignored.
 */
final class WorkspaceMemory {
    // package-private: a test puts in what a run on a larger screen left
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String TAB = "tab";
    private static final String WORKBOOK = "choices.workbook";
    private static final String CURRENT = "choices.current";
    private static final String BASELINE = "choices.baseline";
    private static final String ALTERNATIVE = "choices.alternative.";

    private final Preferences node;
    /** True from opening a workbook until its remembered choices are back, so opening does not overwrite them. */
    private boolean restoring;

    WorkspaceMemory(Preferences node) {
        this.node = node;
    }

    /** The tab shown last, or null. */
    String lastTab() {
        return node.get(TAB, null);
    }

    void rememberTab(String id) {
        if (id != null) {
            write(() -> node.put(TAB, id));
        }
    }

    /** Puts the window where it was, if that place is still on a screen; then follows its moves. */
    void restoreAndFollow(Stage stage) {
        double w = node.getDouble(WIDTH, -1);
        double h = node.getDouble(HEIGHT, -1);
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        if (w >= stage.getMinWidth() && h >= stage.getMinHeight() && !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            // the screen may have become smaller since (a laptop off its docking station): fit it
            Rectangle2D screen = Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).get(0).getVisualBounds();
            double width = Math.min(w, screen.getWidth());
            double height = Math.min(h, screen.getHeight());
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setMaximized(node.getBoolean(MAXIMIZED, false));
        stage.xProperty().addListener((obs, old, now) -> remember(stage, X, now.doubleValue()));
        stage.yProperty().addListener((obs, old, now) -> remember(stage, Y, now.doubleValue()));
        stage.widthProperty().addListener((obs, old, now) -> remember(stage, WIDTH, now.doubleValue()));
        stage.heightProperty().addListener((obs, old, now) -> remember(stage, HEIGHT, now.doubleValue()));
        stage.maximizedProperty().addListener((obs, old, now) -> write(() -> node.putBoolean(MAXIMIZED, now)));
    }

    private void remember(Stage stage, String key, double value) {
        // a maximized window keeps the size and place it returns to
        if (!stage.isMaximized() && Double.isFinite(value)) {
            write(() -> node.putDouble(key, value));
        }
    }

    /** Remembers the scenario choices as they change and brings them back when a workbook opens. */
    void follow(Session session, CompareViewModel compare) {
        List<StringProperty> alternatives = java.util.stream.IntStream.range(0, CompareViewModel.MAX_ALTERNATIVES)
                .mapToObj(compare::alternativeProperty).toList();
        session.locationProperty().addListener((obs, old, now) -> {
            restoring = true;
            // after the workbook's scenarios are loaded and its defaults chosen
            Platform.runLater(() -> restore(session, alternatives));
        });
        session.currentNameProperty().addListener((obs, old, now) -> save(session, alternatives));
        session.baselineNameProperty().addListener((obs, old, now) -> save(session, alternatives));
        alternatives.forEach(a -> a.addListener((obs, old, now) -> save(session, alternatives)));
    }

    private void restore(Session session, List<StringProperty> alternatives) {
        try {
            if (!session.locationProperty().get().equals(node.get(WORKBOOK, null))) {
                return;
            }
            String baseline = node.get(BASELINE, null);
            if (known(session, baseline)) {
                session.baselineNameProperty().set(baseline);
            }
            String current = node.get(CURRENT, null);
            if (known(session, current)) {
                session.currentNameProperty().set(current);
            }
            for (int i = 0; i < alternatives.size(); i++) {
                String name = node.get(ALTERNATIVE + i, "");
                if (name.isEmpty() ? i > 0 : known(session, name)) {
                    alternatives.get(i).set(name.isEmpty() ? null : name);
                }
            }
        } finally {
            restoring = false;
            save(session, alternatives);
        }
    }

    private static boolean known(Session session, String name) {
        return name != null && session.scenario(name).isPresent();
    }

    private void save(Session session, List<StringProperty> alternatives) {
        String location = session.locationProperty().get();
        if (restoring || location == null || location.isEmpty()) {
            return;
        }
        write(() -> {
            node.put(WORKBOOK, location);
            putOrRemove(CURRENT, session.currentNameProperty().get());
            putOrRemove(BASELINE, session.baselineNameProperty().get());
            for (int i = 0; i < alternatives.size(); i++) {
                putOrRemove(ALTERNATIVE + i, alternatives.get(i).get());
            }
        });
    }

    /** A write that is dropped once the preferences are gone (a window closing after its node was removed). */
    private static void write(Runnable put) {
        try {
            put.run();
        } catch (IllegalStateException removed) {
            // nothing left to remember it in
        }
    }

    private void putOrRemove(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }
}
