package nl.taakdiff.ui;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.taakdiff.ui.common.FxJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.Settings;
import nl.taakdiff.ui.library.InMemoryLibraryOpener;
import nl.taakdiff.ui.main.MainWindow;

/** Opens the window on the test data, for a manual look (not a test). */
public class DemoMain extends Application {

    @Override
    public void start(Stage stage) {
        Settings settings = new Settings(Preferences.userRoot().node("nl/taakdiff/demo"));
        String lang = System.getProperty("demo.lang", "en");
        Messages messages = new Messages(java.util.Locale.forLanguageTag(lang));
        MainWindow window = TaakdiffApp.createWindow(stage, settings, messages, new FxJobs(), TestData.study(),
                new InMemoryLibraryOpener(TestData::scenarios));
        window.show(Platform::exit);
        window.model().openStartup();
        String tab = System.getProperty("demo.tab");
        if (tab != null) {
            window.view().selectTab(tab);
        }
        String slide = System.getProperty("demo.slide");
        if (slide != null) {
            var later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
            later.setOnFinished(e -> {
                window.model().present();
                for (int i = 1; i < Integer.parseInt(slide); i++) {
                    window.model().presentation().next();
                }
            });
            later.play();
        }
        if (Boolean.getBoolean("demo.scroll")) {
            var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
            pause.setOnFinished(e -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#compare-view"))
                    .setVvalue(1));
            pause.play();
        }
    }
}
