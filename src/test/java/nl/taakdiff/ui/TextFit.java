package nl.taakdiff.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds labels and buttons on screen whose text JavaFX had to cut off with an ellipsis. */
public final class TextFit {
    private TextFit() {
    }

    /** "id or class: full text → shown text" for every visible labeled node under root that is cut off. */
    public static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && !text.getText().equals(labeled.getText())
                        && !text.getText().replace("\n", " ").equals(labeled.getText().replace("\n", " "))) {
                    cut.add((labeled.getId() != null ? labeled.getId() : labeled.getStyleClass().toString()) + ": "
                            + labeled.getText() + " → " + text.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }
}
