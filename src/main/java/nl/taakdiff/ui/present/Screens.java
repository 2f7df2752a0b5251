package nl.taakdiff.ui.present;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * The screens attached, as rectangles in the desktop's coordinates: the system's, or a list a test
 * makes up (a laptop and a projector) to check where the audience and the presenter see what.
 */
public interface Screens {
    List<Rectangle2D> bounds();

    /** The index of the primary screen in {@link #bounds()}. */
    int primary();

    static Screens system() {
        return new Screens() {
            @Override
            public List<Rectangle2D> bounds() {
                return Screen.getScreens().stream().map(Screen::getBounds).toList();
            }

            @Override
            public int primary() {
                return Math.max(0, Screen.getScreens().indexOf(Screen.getPrimary()));
            }
        };
    }

    static Screens of(List<Rectangle2D> bounds) {
        List<Rectangle2D> copy = List.copyOf(bounds);
        return new Screens() {
            @Override
            public List<Rectangle2D> bounds() {
                return copy;
            }

            @Override
            public int primary() {
                return 0;
            }
        };
    }
}
