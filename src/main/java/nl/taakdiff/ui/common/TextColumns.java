package nl.taakdiff.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Read-only table columns of formatted text. The title sits in a label with a tooltip; a long
 * title (a scenario name) takes two lines, and the column is never narrower than its title.
 */
public final class TextColumns {
    /** Titles wider than this (and than the column) are put on two lines. */
    private static final double MAX_ONE_LINE = 160;

    private TextColumns() {
    }

    public static <S> TableColumn<S, String> of(String title, Function<S, String> text, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        Label header = new Label(ColumnFit.twoLines(title, Math.max(width, MAX_ONE_LINE)));
        header.setTooltip(new Tooltip(title));
        double needed = ColumnFit.headerWidth(header.getText());
        column.setMinWidth(needed);
        column.setPrefWidth(Math.max(width, needed));
        column.setGraphic(header);
        column.setText(null);
        return column;
    }
}
