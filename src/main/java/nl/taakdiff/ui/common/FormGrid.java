package nl.taakdiff.ui.common;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A dialog's form of two columns: labels never narrower than their text, fields taking the rest. */
public final class FormGrid {
    private FormGrid() {
    }

    public static GridPane of(double hgap, double vgap) {
        GridPane grid = new GridPane();
        grid.setHgap(hgap);
        grid.setVgap(vgap);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** The fields' column of a grid made by {@link #of}, to size it for the form at hand. */
    public static ColumnConstraints fieldColumn(GridPane grid) {
        return grid.getColumnConstraints().get(1);
    }
}
