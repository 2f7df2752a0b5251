package nl.taakdiff.ui.common;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;

/**
 * Combo boxes whose items are positions in a list of scenario names. The names at a position can
 * change while the positions stay the same (another scenario chosen), and a combo box redraws its
 * button only when its value changes and its list cells only when its items change, so both are
 * set again every time.
 */
public final class IndexedChoices {
    private IndexedChoices() {
    }

    /** Offers positions 0 to count - 1 and selects wanted (clamped; none when count is 0). */
    public static void show(ComboBox<Integer> box, int count, int wanted) {
        List<Integer> indices = IntStream.range(0, count).boxed().toList();
        box.getItems().setAll(indices);
        Integer value = count == 0 ? null : Math.max(0, Math.min(wanted, count - 1));
        box.setValue(null);
        box.setValue(value);
    }
}
