package nl.taakdiff.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** A dialog of the main window: centred on it, modal to it, and styled with its style sheets. */
public final class OwnedDialogs {
    private OwnedDialogs() {
    }

    /** Makes {@code owner} (when there is one) the dialog's owner and gives the dialog its style sheets. */
    public static void ownedBy(Dialog<?> dialog, Window owner) {
        if (owner == null) {
            return;
        }
        dialog.initOwner(owner);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }
}
