package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.WorkbookLibrary;
import nl.taakdiff.ui.rebase.RebaseViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every kind of dialog of the app in the Dutch UI, each the way the app opens it, and checks
 * that every button on it says a text of the Dutch bundle: never JavaFX's own English words.
 */
class DutchDialogButtonsUiTest extends WithMainWindow {
    private static final Set<String> ENGLISH = Set.of("Cancel", "Yes", "No", "Close", "Apply", "Restore", "Export",
            "Create new workbook", "Browse…", "Finish", "Next", "Previous");

    private static Set<String> dutchTexts() {
        ResourceBundle bundle = Messages.bundle(Messages.DUTCH);
        Set<String> texts = new HashSet<>();
        for (String key : bundle.keySet()) {
            texts.add(bundle.getString(key));
        }
        return texts;
    }

    private List<Window> dialogs() {
        Stage main = app.window.stage();
        return app.onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w != main && w.isShowing() && w.getScene() != null).toList());
    }

    /** Opens a dialog with {@code action}, answers the texts of its buttons and closes it by its cancel button. */
    private List<String> buttonsOf(Runnable action) throws Exception {
        Platform.runLater(action);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Window window = dialogs().get(0);
        List<Button> buttons = app.onFx(() -> window.getScene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button && n.isVisible()).map(n -> (Button) n).toList());
        List<String> texts = app.onFx(() -> buttons.stream().map(Button::getText).toList());
        Button leave = buttons.stream().filter(Button::isCancelButton).findFirst()
                .orElseGet(() -> buttons.stream().filter(Button::isDefaultButton).findFirst().orElse(null));
        app.onFx(() -> {
            if (leave != null) {
                leave.fire();
            } else {
                window.hide();
            }
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.onFx(window::isShowing));
        app.awaitIdle();
        return texts;
    }

    @Test
    void everyDialogSaysItsButtonsInDutch(FxRobot robot) throws Exception {
        app.settle();
        robot.interact(() -> app.window.model().setLanguage(Messages.DUTCH));
        app.settle();
        MainViewModel model = app.window.model();
        String current = app.onFx(() -> model.session().current().name());
        app.onFx(() -> model.session().library().saveVersion(current, "Voor de test"));
        Path bad = app.folder.resolve("fout.csv");
        Files.writeString(bad, "task_code,min_population,level\nJZ-LOK,0,county\n");
        Node export = app.onFx(() -> robot.lookup("#tool-export").query());

        Map<String, Runnable> openers = new LinkedHashMap<>();
        openers.put("information (About)", model::about);
        openers.put("error (missing workbook)", () -> model.openWorkbook(app.folder.resolve("weg.taakdiff")));
        openers.put("problems (bad import)", () -> model.importFile(bad, true));
        openers.put("confirm (delete)", model.library()::delete);
        openers.put("text (rename)", model.library()::rename);
        openers.put("text (save version)", model::saveVersion);
        openers.put("choice (newer data)", model.rebase()::start);
        openers.put("rebase report", () -> model.rebase().preview((WorkbookLibrary) model.session().library(),
                new RebaseViewModel.Bundled(2020), app.folder.resolve("studie-2020.taakdiff")));
        openers.put("new scenario", model.library()::create);
        openers.put("restore version", model::restoreVersion);
        openers.put("export", () -> ((Button) export).fire());

        Set<String> dutch = dutchTexts();
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Runnable> opener : openers.entrySet()) {
            seen.put(opener.getKey(), buttonsOf(opener.getValue()));
        }
        List<String> wrong = new ArrayList<>();
        seen.forEach((dialog, texts) -> {
            assertThat(texts).as(dialog + " has buttons").isNotEmpty();
            for (String text : texts) {
                if (ENGLISH.contains(text) || !dutch.contains(text)) {
                    wrong.add(dialog + ": " + text);
                }
            }
        });
        assertThat(wrong).as("buttons not in the Dutch bundle").isEmpty();
        assertThat(seen.get("confirm (delete)")).contains("Ja", "Nee");
        assertThat(seen.get("text (rename)")).contains("OK", "Annuleren");
        assertThat(seen.get("restore version")).contains("Terugzetten", "Annuleren");
        assertThat(app.onFx(() -> model.session().names())).contains(current);
    }
}
