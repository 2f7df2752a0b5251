package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import nl.taakdiff.ui.LayoutFit;
import nl.taakdiff.ui.Screenshots;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every tab of the main window at 1280×800, in English and in Dutch: no label, button or column
 * header whose text does not fit. A screenshot of every tab is written to {@code target/layout-fit}.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFitUiTest {
    private static final Path SHOTS = Path.of("target", "layout-fit");
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = new UiFixture();
        app.start(stage);
        // -Dtaakdiff.fit.size=1024x700 looks at another window size (the check is made for 1280×800)
        String[] size = System.getProperty("taakdiff.fit.size", MainWindow.WIDTH + "x" + MainWindow.HEIGHT).split("x");
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void everyTextFitsInEnglish(FxRobot robot) {
        assertThat(walkAllTabs(robot, "en")).isEmpty();
    }

    @Test
    void everyTextFitsInDutch(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.window.model().setLanguage(Messages.DUTCH));
        assertThat(walkAllTabs(robot, "nl")).isEmpty();
    }

    private List<String> walkAllTabs(FxRobot robot, String language) {
        app.settle();
        List<String> tabIds = app.onFx(() -> robot.lookup("#workspace-tabs").queryAs(TabPane.class).getTabs()
                .stream().map(Tab::getId).toList());
        assertThat(tabIds).hasSizeGreaterThan(5);
        List<String> problems = new ArrayList<>();
        for (String id : tabIds) {
            robot.interact(() -> app.window.view().selectTab(id));
            app.settle();
            problems.addAll(app.onFx(() -> {
                var scene = app.window.stage().getScene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                Screenshots.saveTo(scene, SHOTS, language + "-" + id + "-" + (int) scene.getWidth());
                return LayoutFit.problems(scene.getRoot()).stream().map(p -> language + " " + id + ": " + p).toList();
            }));
        }
        return problems;
    }
}
