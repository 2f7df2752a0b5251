package nl.taakdiff.ui.common;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column headers and combo boxes that are never cut off: a column is at least as wide as the
 * longest line of its header (measured in the window's 13 px font, bold to be safe) plus the
 * header's padding and sort arrow; a combo box as wide as its longest choice.
 */
public final class ColumnFit {
    /** Padding either side and the room of the sort arrow. */
    private static final double HEADER_EXTRA = 22;
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);

    /** The arrow button and the padding of a combo box. */
    private static final double COMBO_EXTRA = 48;

    private ColumnFit() {
    }

    /** The width a line of text needs in the header font. */
    public static double textWidth(String line) {
        Text text = new Text(line);
        text.setFont(HEADER_FONT);
        return text.getLayoutBounds().getWidth();
    }

    /**
     * A long header on two lines, broken at the space nearest its middle, when one line would be
     * wider than {@code maxWidth}; short headers and single words stay as they are.
     */
    public static String twoLines(String header, double maxWidth) {
        if (header == null || header.contains("\n") || textWidth(header) + HEADER_EXTRA <= maxWidth) {
            return header;
        }
        return atMiddleSpace(header);
    }

    /** A text on two lines, broken at the space nearest its middle (the later of two as near); one word stays. */
    public static String atMiddleSpace(String text) {
        int middle = text.length() / 2;
        int best = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) <= Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? text : text.substring(0, best) + "\n" + text.substring(best + 1);
    }

    /**
     * Keeps a combo box at least as wide as its longest choice (but no wider than its maximum
     * width), also when the choices change.
     */
    public static <T> void fitToChoices(ComboBox<T> box) {
        fitToChoices(box, item -> box.getConverter().toString(item));
    }

    public static <T> void fitToChoices(ComboBox<T> box, Function<T, String> text) {
        double base = box.getPrefWidth();
        Runnable update = () -> {
            double widest = 0;
            for (T item : box.getItems()) {
                widest = Math.max(widest, textWidth(item == null ? "" : text.apply(item)));
            }
            double wanted = Math.ceil(Math.max(base, widest + COMBO_EXTRA));
            box.setPrefWidth(box.getMaxWidth() > 0 && box.getMaxWidth() < Double.MAX_VALUE
                    ? Math.min(wanted, box.getMaxWidth()) : wanted);
        };
        box.getItems().addListener((ListChangeListener<T>) c -> update.run());
        box.converterProperty().addListener(o -> update.run());
        update.run();
    }

    /** The width the header text needs. */
    public static double headerWidth(String header) {
        double widest = 0;
        for (String line : (header == null ? "" : header).split("\n", -1)) {
            widest = Math.max(widest, textWidth(line));
        }
        return Math.ceil(widest + HEADER_EXTRA);
    }

    /** Raises the column's minimum (and, where smaller, its preferred) width to fit its header. */
    public static <C extends TableColumnBase<?, ?>> C fit(C column) {
        double needed = headerWidth(column.getText());
        if (column.getMinWidth() < needed) {
            column.setMinWidth(needed);
        }
        if (column.getPrefWidth() < needed) {
            column.setPrefWidth(needed);
        }
        return column;
    }
}
