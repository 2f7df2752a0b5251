package nl.taakdiff.ui.present;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.common.Messages;

/**
 * A harness, not a test: opens the real app on a display (run it under {@code xvfb-run} at the
 * screen size to look at), steps through every screen of the presentation and captures the
 * display with ImageMagick's {@code import} after each, then the presenter view. Arguments: the
 * language ({@code nl} or {@code en}) and the folder for the PNG files.
 */
public final class PresentationShots {
    private PresentationShots() {
    }

    public static void main(String[] args) throws Exception {
        String language = args.length > 0 ? args[0] : "nl";
        Path folder = Path.of(args.length > 1 ? args[1] : "shots");
        Files.createDirectories(folder);
        Platform.startup(() -> { });
        UiFixture app = new UiFixture();
        app.onFx(() -> app.start(new Stage()));
        app.settle();
        app.onFx(() -> {
            app.window.model().messages().setLocale("nl".equals(language) ? Messages.DUTCH : Messages.ENGLISH);
            return null;
        });
        app.settle();
        PresentationViewModel model = app.onFx(() -> app.window.model().presentation());
        app.onFx(() -> {
            app.window.model().present();
            return null;
        });
        Thread.sleep(4000);
        int count = app.onFx(model::count);
        for (int i = 0; i < count; i++) {
            Thread.sleep(i == 0 ? 1000 : 2500);
            capture(folder.resolve(String.format("%s-%02d-%s.png", language, i + 1,
                    app.onFx(() -> model.slide().name().toLowerCase(java.util.Locale.ROOT)))));
            app.onFx(model::next);
        }
        app.onFx(() -> {
            model.first();
            app.window.presentation().togglePresenter();
            return null;
        });
        Thread.sleep(2500);
        capture(folder.resolve(language + "-presenter.png"));
        app.onFx(() -> {
            app.window.presentation().close();
            return null;
        });
        app.stop();
        Platform.exit();
        System.exit(0);
    }

    private static void capture(Path file) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroy();
        }
        System.out.println("captured " + file);
    }
}
