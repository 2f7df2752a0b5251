package nl.taakdiff.io.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.DoubleFunction;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;

/**
 * Draws the histogram of a delta over the Monte Carlo draws with AWT (headless), with dashed lines at
 * its 5th, 50th and 95th percentile and a solid one at zero when zero lies within the draws.
 */
public final class HistogramRenderer {
    public static final int WIDTH = 820;
    public static final int HEIGHT = 420;
    private static final int BINS = 40;
    private static final Rgb BARS = Rgb.of("#56B4E9");
    private static final Rgb MARKS = Rgb.of("#D55E00");

    private HistogramRenderer() {
    }

    /**
     * What to draw.
     *
     * @param sorted   the delta in every draw, ascending
     * @param sentence what the figure says, e.g. "In 87 % of the draws the alternative is cheaper."
     */
    public record Chart(String title, String subtitle, String sentence, double[] sorted, double p5, double p50,
                        double p95, DoubleFunction<String> format) {
        public Chart {
            Objects.requireNonNull(format, "format");
            if (sorted.length == 0) {
                throw new IllegalArgumentException("a histogram needs draws");
            }
            sorted = sorted.clone();
        }
    }

    public static BufferedImage render(Chart chart, double scale) {
        return ChartRenderer.image(WIDTH, HEIGHT, scale, g -> draw(g, chart, WIDTH, HEIGHT));
    }

    static void draw(Graphics2D g, Chart chart, int width, int height) {
        Color text = MapRenderer.awt(Palettes.TEXT);
        int margin = ChartRenderer.MARGIN;
        int y = ChartRenderer.startPage(g, width, height, chart.title());
        FontMetrics fm = g.getFontMetrics();
        y += fm.getHeight() + 2;
        g.drawString(chart.subtitle(), margin, y);
        y += fm.getHeight() + 2;
        g.drawString(chart.sentence(), margin, y);

        double[] values = chart.sorted();
        double min = values[0];
        double max = values[values.length - 1];
        if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
            min -= 1;
            max += 1;
        }
        int[] counts = new int[BINS];
        for (double v : values) {
            counts[Math.min(BINS - 1, (int) ((v - min) / (max - min) * BINS))]++;
        }
        int highest = 1;
        for (int c : counts) {
            highest = Math.max(highest, c);
        }
        int left = margin + 10;
        int right = width - margin - 10;
        int top = y + 30;
        int bottom = height - margin - 2 * fm.getHeight();
        double binWidth = (right - left) / (double) BINS;
        g.setColor(MapRenderer.awt(BARS));
        for (int b = 0; b < BINS; b++) {
            double h = (bottom - top) * counts[b] / (double) highest;
            g.fill(new Rectangle2D.Double(left + b * binWidth, bottom - h, binWidth - 1, h));
        }
        g.setColor(text);
        g.setStroke(new BasicStroke(0.8f));
        g.drawLine(left, bottom, right, bottom);
        double lo = min;
        double span = max - min;
        DoubleFunction<Double> x = v -> left + (right - left) * (v - lo) / span;
        if (min < 0 && max > 0) {
            g.setStroke(new BasicStroke(1.5f));
            int zero = (int) Math.round(x.apply(0));
            g.drawLine(zero, top - 6, zero, bottom);
            g.drawString("0", zero - fm.stringWidth("0") / 2, top - 8);
        }
        String[] names = {"P5", "P50", "P95"};
        double[] marks = {chart.p5(), chart.p50(), chart.p95()};
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
        for (int i = 0; i < marks.length; i++) {
            int mx = (int) Math.round(x.apply(marks[i]));
            g.setColor(MapRenderer.awt(MARKS));
            g.drawLine(mx, top, mx, bottom);
            g.setColor(text);
            String label = names[i] + " " + chart.format().apply(marks[i]);
            int lx = Math.max(margin, Math.min(width - margin - fm.stringWidth(label), mx - fm.stringWidth(label) / 2));
            g.drawString(label, lx, bottom + fm.getHeight() * (1 + i % 2));
        }
    }
}
