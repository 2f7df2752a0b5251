package nl.taakdiff.ui.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nl.taakdiff.engine.uncertainty.Spread;

/** A histogram of the draws of a delta with lines at its p5, p50 and p95, drawn with nodes. */
final class Histogram extends Region {
    static final int BINS = 40;

    private final Group content = new Group();
    private double[] sorted;
    private Spread spread;
    private Function<Double, String> format = String::valueOf;

    Histogram() {
        getStyleClass().add("uncertainty-histogram");
        getChildren().add(content);
        setMinHeight(160);
        setPrefHeight(220);
    }

    void show(double[] sortedDraws, Spread spread, Function<Double, String> format) {
        this.sorted = sortedDraws;
        this.spread = spread;
        this.format = format;
        drawnWidth = -1;
        requestLayout();
    }

    /** Draws per bin over [first, last] of the sorted sample; one bin when all draws are equal. */
    static int[] bins(double[] sorted, int bins) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        int[] counts = new int[max > min ? bins : 1];
        for (double v : sorted) {
            int b = max > min ? (int) Math.min(bins - 1, Math.floor((v - min) / (max - min) * bins)) : 0;
            counts[b]++;
        }
        return counts;
    }

    private Object drawnFor;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    @Override
    protected void layoutChildren() {
        // Rebuild only when the data or the size changed, so that nodes stay put between passes.
        if (drawnFor == sorted && drawnWidth == getWidth() && drawnHeight == getHeight()) {
            return;
        }
        drawnFor = sorted;
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        content.getChildren().clear();
        if (sorted == null || sorted.length == 0) {
            return;
        }
        int[] counts = bins(sorted, BINS);
        int most = 1;
        for (int c : counts) {
            most = Math.max(most, c);
        }
        double left = 20;
        double top = 24;
        double width = Math.max(100, getWidth() - 40);
        double height = Math.max(60, getHeight() - top - 30);
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double span = max > min ? max - min : 1;
        List<Node> nodes = new ArrayList<>();
        double binWidth = width / counts.length;
        for (int b = 0; b < counts.length; b++) {
            double h = height * counts[b] / most;
            Rectangle bar = new Rectangle(left + b * binWidth, top + height - h, Math.max(1, binWidth - 1), h);
            bar.getStyleClass().add("histogram-bar");
            nodes.add(bar);
        }
        String[] names = {"p5", "p50", "p95"};
        double[] values = {spread.p5(), spread.p50(), spread.p95()};
        for (int i = 0; i < 3; i++) {
            double x = max > min ? left + (values[i] - min) / span * width : left + width / 2;
            Line line = new Line(x, top - 6, x, top + height);
            line.getStyleClass().addAll("histogram-quantile", "histogram-" + names[i]);
            nodes.add(line);
            Text label = new Text(x + 3, top - 12 + (i == 1 ? 0 : 0), names[i] + " " + format.apply(values[i]));
            label.setTextOrigin(VPos.CENTER);
            label.getStyleClass().add("histogram-label");
            if (i == 0) {
                label.setX(x - label.getLayoutBounds().getWidth() - 3);
            }
            label.setY(i == 1 ? top + height + 14 : top - 12);
            nodes.add(label);
        }
        content.getChildren().setAll(nodes);
    }
}
