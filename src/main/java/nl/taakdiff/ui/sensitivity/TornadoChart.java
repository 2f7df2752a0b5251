package nl.taakdiff.ui.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.engine.uncertainty.TornadoRow;

/**
 * A tornado chart drawn with nodes: one row per parameter (largest swing on top), a bar from the
 * base value to the output at the parameter's low end and one to its high end, each labelled with
 * its value, the zero line and a marker on the rows that have a break-even value. Clicking a row
 * reports its parameter.
 */
final class TornadoChart extends Region {
    static final int MAX_ROWS = 15;
    private static final double LABEL_WIDTH = 230;
    private static final double ROW_HEIGHT = 26;
    private static final double TOP = 28;
    private static final double LABEL_FONT = 12;
    private static final double VALUE_FONT = 11;

    /** How rows and values are written, in the UI language. */
    record Labels(Function<TornadoRow, String> name, Function<Double, String> value, Function<TornadoRow, String> breakEven,
                  String low, String high, String base) {
    }

    private final Group content = new Group();
    private Tornado tornado;
    private Labels labels;
    private Consumer<TornadoRow> onRowClicked = row -> { };

    /** Sizes and type are multiplied by this: 1 on the Sensitivity view, larger on a slide. */
    private final double scale;
    private final int maxRows;

    TornadoChart() {
        this(1, MAX_ROWS);
    }

    TornadoChart(double scale, int maxRows) {
        this.scale = scale;
        this.maxRows = maxRows;
        getStyleClass().add("tornado-chart");
        getChildren().add(content);
        setMinHeight(120);
    }

    void setOnRowClicked(Consumer<TornadoRow> handler) {
        onRowClicked = handler;
    }

    void show(Tornado tornado, Labels labels) {
        this.tornado = tornado;
        this.labels = labels;
        setPrefHeight(tornado == null ? 120 : (TOP + 30 + ROW_HEIGHT * rows().size()) * scale);
        drawnWidth = -1;
        requestLayout();
    }

    /** The rows shown: the largest swings, those that move the output at all. */
    List<TornadoRow> rows() {
        if (tornado == null) {
            return List.of();
        }
        return tornado.rows().stream().filter(r -> r.swing() > 0).limit(maxRows).toList();
    }

    private Object drawnFor;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    @Override
    protected void layoutChildren() {
        // Rebuild only when the data or the size changed, so that nodes stay put between passes.
        if (drawnFor == tornado && drawnWidth == getWidth() && drawnHeight == getHeight()) {
            return;
        }
        drawnFor = tornado;
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        content.getChildren().clear();
        List<TornadoRow> rows = rows();
        if (rows.isEmpty()) {
            return;
        }
        double base = tornado.baseValue();
        double min = base;
        double max = base;
        for (TornadoRow r : rows) {
            min = Math.min(min, Math.min(r.valueAtLow(), r.valueAtHigh()));
            max = Math.max(max, Math.max(r.valueAtLow(), r.valueAtHigh()));
        }
        boolean anyBreakEven = rows.stream().anyMatch(r -> r.breakEven() != null);
        if (anyBreakEven) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        double rowHeight = ROW_HEIGHT * scale;
        double top = TOP * scale;
        double left = (LABEL_WIDTH + 70) * scale;
        double width = Math.max(100, getWidth() - left - 80 * scale);
        double span = max - min == 0 ? 1 : max - min;
        double lo = min;
        Function<Double, Double> x = v -> left + (v - lo) / span * width;
        double bottom = top + rowHeight * rows.size();

        List<javafx.scene.Node> nodes = new ArrayList<>();
        nodes.add(legend(left, labels.low(), "tornado-low"));
        nodes.add(legend(left + legendWidth(labels.low()), labels.high(), "tornado-high"));
        for (int i = 0; i < rows.size(); i++) {
            TornadoRow row = rows.get(i);
            double y = top + i * rowHeight;
            Rectangle hit = new Rectangle(0, y, left + width + 80 * scale, rowHeight);
            hit.getStyleClass().add("tornado-row");
            hit.setOnMouseClicked(e -> onRowClicked.accept(row));
            nodes.add(hit);
            Text name = new Text(8, y + rowHeight / 2, labels.name().apply(row));
            name.setTextOrigin(VPos.CENTER);
            sized(name, LABEL_FONT);
            name.getStyleClass().add("tornado-label");
            name.setMouseTransparent(true);
            nodes.add(name);
            nodes.add(bar(x.apply(base), x.apply(row.valueAtLow()), y, "tornado-low", row, labels.value().apply(row.valueAtLow())));
            nodes.add(bar(x.apply(base), x.apply(row.valueAtHigh()), y, "tornado-high", row, labels.value().apply(row.valueAtHigh())));
            nodes.add(valueText(x.apply(row.valueAtLow()), row.valueAtLow() < row.valueAtHigh(), y, labels.value().apply(row.valueAtLow())));
            nodes.add(valueText(x.apply(row.valueAtHigh()), row.valueAtHigh() < row.valueAtLow(), y, labels.value().apply(row.valueAtHigh())));
            if (row.breakEven() != null) {
                double cx = (LABEL_WIDTH + 30) * scale;
                double cy = y + rowHeight / 2;
                double d = 6 * scale;
                Polygon marker = new Polygon(cx, cy - d, cx + d, cy, cx, cy + d, cx - d, cy);
                marker.getStyleClass().add("tornado-break-even");
                Tooltip.install(marker, new Tooltip(labels.breakEven().apply(row)));
                nodes.add(marker);
            }
        }
        Line baseLine = new Line(x.apply(base), top - 4, x.apply(base), bottom + 4);
        baseLine.getStyleClass().add("tornado-base");
        nodes.add(baseLine);
        Text baseText = new Text(x.apply(base), bottom + 18 * scale, labels.base() + " " + labels.value().apply(base));
        baseText.setTextAlignment(TextAlignment.CENTER);
        sized(baseText, LABEL_FONT);
        baseText.getStyleClass().add("tornado-axis");
        nodes.add(baseText);
        if (anyBreakEven) {
            Line zero = new Line(x.apply(0.0), top - 4, x.apply(0.0), bottom + 4);
            zero.getStyleClass().add("tornado-zero");
            nodes.add(zero);
        }
        content.getChildren().setAll(nodes);
    }

    /** On a slide the type is set on the node, so that it is known before CSS runs (values are placed by their width). */
    private void sized(Text t, double size) {
        if (scale != 1) {
            t.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size * scale));
            t.setFont(javafx.scene.text.Font.font(size * scale));
        }
    }

    private double legendWidth(String low) {
        Text t = new Text(low);
        sized(t, LABEL_FONT);
        return Math.max(220 * scale, t.getLayoutBounds().getWidth() + 40 * scale);
    }

    private Text legend(double x, String text, String style) {
        Text t = new Text(x + 16 * scale, 14 * scale, text);
        t.getStyleClass().addAll("tornado-legend", style + "-text");
        t.setTextOrigin(VPos.CENTER);
        sized(t, LABEL_FONT);
        return t;
    }

    private Rectangle bar(double from, double to, double y, String style, TornadoRow row, String value) {
        double rowHeight = ROW_HEIGHT * scale;
        Rectangle r = new Rectangle(Math.min(from, to), y + 5 * scale, Math.max(1, Math.abs(to - from)),
                rowHeight - 10 * scale);
        r.getStyleClass().addAll("tornado-bar", style);
        r.setMouseTransparent(true);
        r.setUserData(row.parameter().name() + " " + value);
        return r;
    }

    private Text valueText(double x, boolean leftOfBar, double y, String value) {
        Text t = new Text(value);
        t.getStyleClass().add("tornado-value");
        t.setTextOrigin(VPos.CENTER);
        sized(t, VALUE_FONT);
        t.setMouseTransparent(true);
        double w = t.getLayoutBounds().getWidth();
        t.setX(leftOfBar ? x - w - 4 : x + 4);
        t.setY(y + ROW_HEIGHT * scale / 2);
        return t;
    }
}
