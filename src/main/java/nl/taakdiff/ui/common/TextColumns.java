package nl.taakdiff.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Read-only table columns of formatted text. The title sits in a label with a tooltip, because
 * narrow columns cut long scenario names off.
 */
public final class TextColumns {
    private TextColumns() {
    }

    public static <S> TableColumn<S, String> of(String title, Function<S, String> text, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        Label header = new Label(title);
        header.setTooltip(new Tooltip(title));
        column.setGraphic(header);
        column.setText(null);
        return column;
    }
}
