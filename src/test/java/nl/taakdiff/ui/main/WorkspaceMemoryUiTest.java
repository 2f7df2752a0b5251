package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.taakdiff.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Closed and opened again (with the same preferences, in a temporary node), the window comes back
 * with its size and place, on the tab shown last, with the scenario choices of the workbook.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceMemoryUiTest {
    private static final String COPY = "Kopie voor de raad";
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = new UiFixture();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

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
}
