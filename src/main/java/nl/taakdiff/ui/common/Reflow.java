package nl.taakdiff.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A row of parts that goes over to a column when its room is narrower than the parts need side by
 * side, so that a table and a chart each keep a readable width in a small window instead of both
 * being squeezed.
 */
public final class Reflow {
    private Reflow() {
    }

    /**
     * The parts side by side (their {@code HBox} grow settings apply) while at least
     * {@code minRowWidth} wide, else one below the other at full width.
     */
    public static StackPane rowOrColumn(double spacing, double minRowWidth, Node... parts) {
        HBox row = new HBox(spacing);
        VBox column = new VBox(spacing);
        StackPane holder = new StackPane();
        // never wider than the view it sits in: it reflows instead
        holder.setMinWidth(0);
        List<Node> nodes = List.of(parts);
        Runnable arrange = () -> {
            boolean wide = holder.getWidth() <= 0 || holder.getWidth() >= minRowWidth;
            javafx.scene.layout.Pane wanted = wide ? row : column;
            if (holder.getChildren().contains(wanted)) {
                return;
            }
            (wide ? column : row).getChildren().clear();
            wanted.getChildren().setAll(nodes);
            holder.getChildren().setAll(wanted);
        };
        holder.widthProperty().addListener((obs, old, now) -> arrange.run());
        arrange.run();
        return holder;
    }
}
