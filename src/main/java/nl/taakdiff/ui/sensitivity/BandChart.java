package nl.taakdiff.ui.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Percentile bands on one axis: per row a band from p5 to p95 with a tick at the middle value,
 * each end labelled, and a dashed zero line, so that "could it be either way?" is visible at a
 * glance. Drawn with nodes in the slide's type.
 */
final class BandChart extends Region {
    /** One band: its label, p5, middle (mean or median) and p95. */
    record Band(String label, double low, double middle, double high) {
    }

    private final Group content = new Group();
    private final double font;
    private List<Band> bands = List.of();
    private DoubleFunction<String> format = String::valueOf;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private Object drawnFor;

    BandChart(double font) {
        this.font = font;
        getStyleClass().add("band-chart");
        getChildren().add(content);
    }

    void show(List<Band> bands, DoubleFunction<String> format) {
        this.bands = List.copyOf(bands);
        this.format = format;
        setPrefHeight(rowHeight() * bands.size() + font * 2);
        setMinHeight(getPrefHeight());
        drawnWidth = -1;
        requestLayout();
    }

    List<Band> bands() {
        return bands;
    }

    private double rowHeight() {
        return font * 2.6;
    }

    @Override
    protected void layoutChildren() {
        if (drawnFor == bands && drawnWidth == getWidth() && drawnHeight == getHeight()) {
            return;
        }
        drawnFor = bands;
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        content.getChildren().clear();
        if (bands.isEmpty()) {
            return;
        }
        double min = 0;
        double max = 0;
        double labelWidth = 0;
        double valueWidth = 0;
        for (Band b : bands) {
            min = Math.min(min, b.low());
            max = Math.max(max, b.high());
            labelWidth = Math.max(labelWidth, text(b.label()).getLayoutBounds().getWidth());
            valueWidth = Math.max(valueWidth, Math.max(text(format.apply(b.low())).getLayoutBounds().getWidth(),
                    text(format.apply(b.high())).getLayoutBounds().getWidth()));
        }
        double left = labelWidth + font * 1.5 + valueWidth + 8;
        double width = Math.max(100, getWidth() - left - valueWidth - 16);
        double span = max - min == 0 ? 1 : max - min;
        double lo = min;
        java.util.function.DoubleUnaryOperator x = v -> left + (v - lo) / span * width;
        List<Node> nodes = new ArrayList<>();
        double row = rowHeight();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            double y = i * row + row / 2;
            Text name = text(b.label());
            name.setX(0);
            name.setY(y);
            name.getStyleClass().add("band-label");
            nodes.add(name);
            double from = x.applyAsDouble(b.low());
            double to = x.applyAsDouble(b.high());
            Rectangle band = new Rectangle(from, y - row * 0.28, Math.max(2, to - from), row * 0.56);
            band.getStyleClass().add("band");
            nodes.add(band);
            double mid = x.applyAsDouble(b.middle());
            Line tick = new Line(mid, y - row * 0.36, mid, y + row * 0.36);
            tick.getStyleClass().add("band-middle");
            nodes.add(tick);
            Text low = text(format.apply(b.low()));
            low.setX(from - low.getLayoutBounds().getWidth() - 8);
            low.setY(y);
            low.getStyleClass().add("band-value");
            nodes.add(low);
            Text high = text(format.apply(b.high()));
            high.setX(to + 8);
            high.setY(y);
            high.getStyleClass().add("band-value");
            nodes.add(high);
        }
        Line zero = new Line(x.applyAsDouble(0), 0, x.applyAsDouble(0), bands.size() * row);
        zero.getStyleClass().add("band-zero");
        nodes.add(zero);
        Text zeroLabel = text(format.apply(0));
        zeroLabel.setX(x.applyAsDouble(0) - zeroLabel.getLayoutBounds().getWidth() / 2);
        zeroLabel.setY(bands.size() * row + font);
        zeroLabel.getStyleClass().add("band-value");
        nodes.add(zeroLabel);
        content.getChildren().setAll(nodes);
    }

    /** Type set on the node, so that widths are known before CSS runs. */
    private Text text(String value) {
        Text t = new Text(value);
        t.setFont(Font.font(font));
        t.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", font));
        t.setTextOrigin(VPos.CENTER);
        t.setMouseTransparent(true);
        return t;
    }
}
