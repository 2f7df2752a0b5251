package nl.taakdiff.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds labels, buttons and column headers on screen whose text does not fit: cut off with an
 * ellipsis by JavaFX, wider than the space the control has, or reaching past the window's edge;
 * and chart tick labels that are rotated, hidden or reach outside their chart.
 * Rows of tables and lists are left out (they scroll and show their full text in a tooltip); a
 * combo box's shown value counts.
 */
public final class LayoutFit {
    private static final double SLACK = 0.5;

    private LayoutFit() {
    }

    /** One line per text that does not fit: "where: full text → shown text (why)". */
    public static List<String> problems(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found, false);
        return found;
    }

    private static void walk(Node node, List<String> found, boolean scrolled) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof IndexedCell<?> && !(node.getParent() != null && insideComboBox(node))) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            check(labeled, found, scrolled);
        }
        if (node instanceof Axis<?> axis) {
            checkTickLabels(axis, found);
        }
        // what reaches past the edge of something that scrolls can be scrolled into view
        boolean inScroll = scrolled || node instanceof ScrollPane || node instanceof VirtualFlow<?>
                || node instanceof TableView<?> || node instanceof TreeTableView<?>;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found, inScroll);
            }
        }
    }

    private static boolean insideComboBox(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?>) {
                return true;
            }
            if (n instanceof VirtualFlow<?>) {
                return false;
            }
        }
        return false;
    }

    private static void check(Labeled labeled, List<String> found, boolean scrolled) {
        String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.isVisible()) {
                String shown = text.getText();
                if (!normal(shown).equals(normal(full))) {
                    found.add(where(labeled) + ": " + full + " → " + shown + " (cut off)");
                    return;
                }
                if (!labeled.isWrapText()) {
                    double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset()
                            - graphicWidth(labeled);
                    double needed = text.getLayoutBounds().getWidth();
                    if (needed > room + SLACK && labeled.getWidth() > 0) {
                        found.add(where(labeled) + ": " + full + " (needs " + Math.round(needed) + " px, has "
                                + Math.round(room) + ")");
                        return;
                    }
                }
            }
        }
        if (!scrolled && labeled.getScene() != null) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            double sceneWidth = labeled.getScene().getWidth();
            double sceneHeight = labeled.getScene().getHeight();
            if (b.getMaxX() > sceneWidth + SLACK || b.getMaxY() > sceneHeight + SLACK) {
                found.add(where(labeled) + ": " + full + " (past the window's edge at "
                        + Math.round(b.getMaxX()) + "×" + Math.round(b.getMaxY()) + ")");
            }
        }
    }

    /**
     * A chart's tick labels must be level, inside the chart and, on a category axis, all shown
     * (JavaFX rotates category labels that do not fit side by side and hides those that overlap).
     */
    private static void checkTickLabels(Axis<?> axis, List<String> found) {
        Node chart = axis.getParent();
        while (chart != null && !(chart instanceof Chart)) {
            chart = chart.getParent();
        }
        if (chart == null || axis.getWidth() <= 0 || axis.getHeight() <= 0) {
            return;
        }
        Bounds room = chart.localToScene(chart.getLayoutBounds());
        String where = (chart.getId() != null ? "#" + chart.getId() + " " : "") + "axis " + axis.getSide();
        for (Node child : axis.getChildrenUnmodifiable()) {
            if (!(child instanceof Text text) || text.getText() == null || text.getText().isBlank()) {
                continue;
            }
            if (!text.isVisible()) {
                if (axis instanceof CategoryAxis) {
                    found.add(where + ": tick label " + text.getText() + " (hidden, no room)");
                }
                continue;
            }
            if (text.getRotate() % 180 != 0) {
                found.add(where + ": tick label " + text.getText() + " (rotated " + Math.round(text.getRotate()) + "°)");
                continue;
            }
            Bounds b = text.localToScene(text.getBoundsInLocal());
            if (b.getMinX() < room.getMinX() - SLACK || b.getMaxX() > room.getMaxX() + SLACK
                    || b.getMinY() < room.getMinY() - SLACK || b.getMaxY() > room.getMaxY() + SLACK) {
                found.add(where + ": tick label " + text.getText() + " (outside the chart)");
            }
        }
    }

    private static double graphicWidth(Labeled labeled) {
        Node graphic = labeled.getGraphic();
        if (graphic == null || !graphic.isVisible() || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.TEXT_ONLY) {
            return 0;
        }
        return switch (labeled.getContentDisplay()) {
            case LEFT, RIGHT -> graphic.getLayoutBounds().getWidth() + labeled.getGraphicTextGap();
            default -> 0;
        };
    }

    private static String normal(String text) {
        return text.replace('\n', ' ').strip();
    }

    private static String where(Labeled labeled) {
        StringBuilder path = new StringBuilder();
        for (Node n = labeled; n != null && path.length() < 120; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + " ");
                break;
            }
        }
        return path + labeled.getClass().getSimpleName() + labeled.getStyleClass();
    }
}
