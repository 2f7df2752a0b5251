package nl.taakdiff.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * JavaFX labels its standard buttons (OK, Cancel, Close, …) in the JVM's language, not the app's:
 * every dialog of the app passes its pane through here, so each button says its role in the UI's
 * language. Buttons with a text of their own (from the bundle) keep it.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** Gives every standard button of the pane the UI language's word for its role. */
    public static void translate(DialogPane pane, Messages messages) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (!isStandard(type)) {
                continue;
            }
            String key = switch (type.getButtonData()) {
                case OK_DONE, FINISH, APPLY -> "dialog.ok";
                case CANCEL_CLOSE, BACK_PREVIOUS -> type == ButtonType.CLOSE ? "dialog.close" : "dialog.cancel";
                case YES -> "dialog.yes";
                case NO -> "dialog.no";
                default -> null;
            };
            Node button = pane.lookupButton(type);
            if (key != null && button instanceof Button b) {
                b.setText(messages.get(key));
            }
        }
    }

    private static boolean isStandard(ButtonType type) {
        return type == ButtonType.OK || type == ButtonType.CANCEL || type == ButtonType.CLOSE
                || type == ButtonType.YES || type == ButtonType.NO || type == ButtonType.APPLY
                || type == ButtonType.FINISH || type == ButtonType.NEXT || type == ButtonType.PREVIOUS;
    }
}
