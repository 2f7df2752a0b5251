package nl.taakdiff.ui.explore;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * A chart symbol with its name beside it. The chart centres the node on the data point, so the dot
 * is the only managed child and the name is laid out by hand to the right of it.
 */
final class LabelledPoint extends StackPane {
    private final Label name;
    private final Region plot;

    /** {@code plot} gives the plot's width: a name that would run past it goes to the left of the dot. */
    LabelledPoint(String text, String styleClass, Region plot) {
        this.plot = plot;
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("explore-point", styleClass);
        name = new Label(text);
        name.getStyleClass().add("explore-point-label");
        name.setManaged(false);
        getChildren().addAll(dot, name);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        name.autosize();
        boolean left = getLayoutX() + getWidth() + 7 + name.getWidth() > plot.getWidth();
        double x = left ? getWidth() / 2 - 7 - name.getWidth() : getWidth() / 2 + 7;
        name.relocate(x, getHeight() / 2 - name.getHeight() / 2);
    }
}
