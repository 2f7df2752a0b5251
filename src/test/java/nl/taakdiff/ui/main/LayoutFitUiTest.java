package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.taakdiff.ui.LayoutFit;
import nl.taakdiff.ui.Screenshots;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every tab of the main window at 1024×700, 1280×800 and 1600×1000, in English and in Dutch: no
 * label, button or column header whose text does not fit, no chart axis label cut off, and no
 * style sheet warning on the way. A
 * screenshot of every tab at every size is written to {@code target/layout-fit}. One window per
 * language is resized, since starting the app is the slow part.
 */
class LayoutFitUiTest extends WithMainWindow {
    private static final Path SHOTS = Path.of("target", "layout-fit");
    private static final double[][] SIZES = {{1024, 700}, {MainWindow.WIDTH, MainWindow.HEIGHT}, {1600, 1000}};
    /** JavaFX reports style sheet problems (unresolved lookups, wrong types) on this logger; held so it is not collected. */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");
    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler cssHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssWarnings.add(new SimpleFormatter().formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Listens from before the window starts (before each test, in the superclass), so its first styling counts too. */
    LayoutFitUiTest() {
        CSS_LOG.addHandler(cssHandler);
    }

    @AfterEach
    void stopListening() {
        CSS_LOG.removeHandler(cssHandler);
    }

    @Test
    void everyTextFitsInEnglish(FxRobot robot) {
        assertThat(walkAllSizes(robot, "en")).isEmpty();
        assertThat(cssWarnings).as("style sheet warnings while every tab was shown").isEmpty();
    }

    @Test
    void everyTextFitsInDutch(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.window.model().setLanguage(Messages.DUTCH));
        assertThat(walkAllSizes(robot, "nl")).isEmpty();
        assertThat(cssWarnings).as("style sheet warnings while every tab was shown").isEmpty();
    }

    private List<String> walkAllSizes(FxRobot robot, String language) {
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            robot.interact(() -> {
                Stage stage = app.window.stage();
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            problems.addAll(walkAllTabs(robot, language + " " + (int) size[0] + "×" + (int) size[1]));
        }
        return problems;
    }

    private List<String> walkAllTabs(FxRobot robot, String where) {
        app.settle();
        List<String> tabIds = app.onFx(() -> robot.lookup("#workspace-tabs").queryAs(TabPane.class).getTabs()
                .stream().map(Tab::getId).toList());
        assertThat(tabIds).hasSizeGreaterThan(5);
        List<String> problems = new ArrayList<>();
        problems.addAll(app.onFx(() -> hiddenTabHeaders(robot.lookup("#workspace-tabs").queryAs(TabPane.class)))
                .stream().map(p -> where + ": " + p).toList());
        for (String id : tabIds) {
            robot.interact(() -> app.window.view().selectTab(id));
            app.settle();
            if (id.equals("allocation")) {
                problems.addAll(app.onFx(() -> squeezedColumns(robot.lookup(".allocation-table").queryAs(TableView.class)))
                        .stream().map(p -> where + " " + id + ": " + p).toList());
            }
            problems.addAll(app.onFx(() -> {
                var scene = app.window.stage().getScene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                Screenshots.saveTo(scene, SHOTS, where.replace(' ', '-').replace('×', 'x') + "-" + id);
                return LayoutFit.problems(scene.getRoot()).stream().map(p -> where + " " + id + ": " + p).toList();
            }));
        }
        return problems;
    }

    /**
     * A tab strip that does not fit puts a menu button at its right end and the last tab headers
     * under it, cut off. (The button's own visibility is no guide: JavaFX keeps it once it was needed.)
     */
    private static List<String> hiddenTabHeaders(TabPane tabs) {
        Node menuButton = tabs.lookup(".tab-down-button");
        double right = tabs.localToScene(tabs.getLayoutBounds()).getMaxX()
                - (menuButton != null && menuButton.isVisible() ? menuButton.getLayoutBounds().getWidth() : 0);
        return tabs.lookupAll(".tab").stream()
                .filter(tab -> tab.localToScene(tab.getLayoutBounds()).getMaxX() > right + 0.5)
                .map(tab -> "tab header " + tab.getId() + " is cut off at the right of the tab strip").toList();
    }

    /** Every column of the allocation matrix keeps at least its minimum width (none squeezed out of view). */
    private static List<String> squeezedColumns(TableView<?> table) {
        return table.getColumns().stream().filter(c -> c.getWidth() < c.getMinWidth() - 0.5)
                .map(c -> "column '" + c.getText() + "' is " + Math.round(c.getWidth()) + " px wide, under its minimum")
                .toList();
    }
}
