package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dialog buttons speak the app's language, whatever the JVM's language is. */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsTest {
    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
    }

    @Test
    void standardButtonsAreTranslated() throws Exception {
        List<List<String>> texts = WaitForAsyncUtils.asyncFx(() -> {
            Messages dutch = new Messages(Messages.DUTCH);
            Alert confirmation = new Alert(Alert.AlertType.CONFIRMATION);
            DialogButtons.translate(confirmation.getDialogPane(), dutch);
            TextInputDialog input = new TextInputDialog("x");
            DialogButtons.translate(input.getDialogPane(), dutch);
            Alert closing = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
            DialogButtons.translate(closing.getDialogPane(), new Messages(Messages.ENGLISH));
            return List.of(buttons(confirmation.getDialogPane()), buttons(input.getDialogPane()),
                    buttons(closing.getDialogPane()));
        }).get(10, TimeUnit.SECONDS);
        assertThat(texts.get(0)).containsExactly("OK", "Annuleren");
        assertThat(texts.get(1)).containsExactly("OK", "Annuleren");
        assertThat(texts.get(2)).containsExactly("Close");
    }
}
