package nl.taakdiff.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import nl.taakdiff.ui.map.MapCanvas;

/**
 * The size-class slide's chart: per size class one horizontal bar per alternative from zero to its
 * change in cost per inhabitant, labelled with the amount, on an axis that spans only the changes
 * (never the costs themselves, next to which a change of € 15 would be invisible). A legend names
 * the alternatives in their chart colours.
 */
final class ClassDeltaChart extends Region {
    private static final double FONT = 22;

    private final Group content = new Group();
    private ClassDeltas data = new ClassDeltas(List.of(), List.of());
    private final List<Text> valueLabels = new ArrayList<>();
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private Object drawnFor;

    ClassDeltaChart() {
        getStyleClass().add("class-delta-chart");
        getChildren().add(content);
        setMinHeight(200);
    }

    void show(ClassDeltas deltas) {
        this.data = deltas;
        drawnWidth = -1;
        requestLayout();
    }

    /** The value labels as drawn, class by class and per class alternative by alternative (for tests). */
    List<String> valueLabels() {
        layout();
        return valueLabels.stream().map(Text::getText).toList();
    }

    @Override
    protected void layoutChildren() {
        if (drawnFor == data && drawnWidth == getWidth() && drawnHeight == getHeight()) {
            return;
        }
        drawnFor = data;
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        content.getChildren().clear();
        valueLabels.clear();
        if (data.classes().isEmpty() || data.series().isEmpty() || getWidth() <= 0) {
            return;
        }
        List<Node> nodes = new ArrayList<>();
        double legendHeight = FONT * 2;
        double x0 = 0;
        for (ClassDeltas.Series s : data.series()) {
            Rectangle swatch = new Rectangle(x0, FONT * 0.5, FONT * 0.8, FONT * 0.8);
            swatch.setFill(MapCanvas.fx(s.colour()));
            Text name = text(s.name(), false);
            name.setX(x0 + FONT * 1.2);
            name.setY(FONT * 0.9);
            nodes.add(swatch);
            nodes.add(name);
            x0 += FONT * 2.4 + name.getLayoutBounds().getWidth();
        }
        double labelWidth = 0;
        double valueWidth = 0;
        double min = 0;
        double max = 0;
        for (String c : data.classes()) {
            labelWidth = Math.max(labelWidth, text(c, false).getLayoutBounds().getWidth());
        }
        for (ClassDeltas.Series s : data.series()) {
            for (int c = 0; c < s.values().size(); c++) {
                min = Math.min(min, s.values().get(c));
                max = Math.max(max, s.values().get(c));
                valueWidth = Math.max(valueWidth, text(s.labels().get(c), true).getLayoutBounds().getWidth());
            }
        }
        // room for a label on either side of zero wherever bars go that way
        double left = labelWidth + FONT + (min < 0 ? valueWidth + 12 : 0);
        double right = max > 0 ? valueWidth + 12 : 0;
        double width = Math.max(100, getWidth() - left - right);
        double span = max - min == 0 ? 1 : max - min;
        double lo = min;
        java.util.function.DoubleUnaryOperator x = v -> left + (v - lo) / span * width;
        int classes = data.classes().size();
        int series = data.series().size();
        double rowHeight = Math.max(FONT * 2, (getHeight() - legendHeight - FONT * 1.5) / classes);
        double barHeight = Math.min(FONT * 2.2, rowHeight * 0.72 / series);
        for (int c = 0; c < classes; c++) {
            double top = legendHeight + c * rowHeight;
            Text label = text(data.classes().get(c), false);
            label.setX(0);
            label.setY(top + rowHeight / 2);
            nodes.add(label);
            double barsTop = top + (rowHeight - barHeight * series) / 2;
            for (int s = 0; s < series; s++) {
                ClassDeltas.Series one = data.series().get(s);
                double v = one.values().get(c);
                double from = x.applyAsDouble(Math.min(0, v));
                double to = x.applyAsDouble(Math.max(0, v));
                double y = barsTop + s * barHeight;
                Rectangle bar = new Rectangle(from, y + 2, Math.max(2, to - from), barHeight - 4);
                bar.setFill(MapCanvas.fx(one.colour()));
                bar.getStyleClass().add("class-delta-bar");
                nodes.add(bar);
                Text value = text(one.labels().get(c), true);
                double w = value.getLayoutBounds().getWidth();
                value.setX(v < 0 ? from - w - 8 : to + 8);
                value.setY(y + barHeight / 2);
                value.getStyleClass().add("class-delta-value");
                nodes.add(value);
                valueLabels.add(value);
            }
        }
        double bottom = legendHeight + classes * rowHeight;
        Line zero = new Line(x.applyAsDouble(0), legendHeight, x.applyAsDouble(0), bottom);
        zero.getStyleClass().add("class-delta-zero");
        nodes.add(zero);
        content.getChildren().setAll(nodes);
    }

    /** Type set on the node, so that widths are known before CSS runs. */
    private static Text text(String value, boolean bold) {
        Text t = new Text(value);
        t.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, FONT));
        t.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;%s", FONT, bold ? " -fx-font-weight: bold;" : ""));
        t.setTextOrigin(VPos.CENTER);
        t.getStyleClass().add("class-delta-text");
        return t;
    }
}
