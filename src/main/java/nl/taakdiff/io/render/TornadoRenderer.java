package nl.taakdiff.io.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;

/**
 * Draws a tornado chart with AWT (headless): one bar per parameter from the output at its low bound
 * to the output at its high bound, around a vertical line at the base value, largest swing on top.
 */
public final class TornadoRenderer {
    public static final int WIDTH = 820;
    /** Bars drawn at most; the rest of the parameters swing less and are in the table. */
    public static final int MAX_BARS = 15;
    /** Okabe–Ito blue and orange: told apart with every kind of colour vision. */
    static final Rgb LOW = Rgb.of("#0072B2");
    static final Rgb HIGH = Rgb.of("#E69F00");

    private TornadoRenderer() {
    }

    /**
     * What to draw.
     *
     * @param lowLabel  legend text of the bar ends at the low bounds, e.g. "parameter at its low bound"
     * @param format    a value as the axis and labels show it
     */
    public record Chart(String title, String subtitle, String lowLabel, String highLabel, double base,
                        List<Bar> bars, DoubleFunction<String> format) {
        public Chart {
            Objects.requireNonNull(format, "format");
            bars = List.copyOf(bars.subList(0, Math.min(MAX_BARS, bars.size())));
        }
    }

    /** One parameter: its name and the output with the parameter at its low and at its high bound. */
    public record Bar(String label, double atLow, double atHigh) {
    }

    /** The picture's height for its bars. */
    public static int height(Chart chart) {
        return 130 + 26 * Math.max(1, chart.bars().size());
    }

    public static BufferedImage render(Chart chart, double scale) {
        int height = height(chart);
        return ChartRenderer.image(WIDTH, height, scale, g -> draw(g, chart, WIDTH, height));
    }

    static void draw(Graphics2D g, Chart chart, int width, int height) {
        Color text = MapRenderer.awt(Palettes.TEXT);
        int margin = ChartRenderer.MARGIN;
        int y = ChartRenderer.startPage(g, width, height, chart.title());
        FontMetrics fm = g.getFontMetrics();
        y += fm.getHeight() + 2;
        g.drawString(chart.subtitle(), margin, y);
        y += fm.getHeight() + 8;
        int lx = margin;
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? chart.lowLabel() : chart.highLabel();
            g.setColor(MapRenderer.awt(i == 0 ? LOW : HIGH));
            g.fillRect(lx, y - 11, 12, 12);
            g.setColor(text);
            g.drawString(name, lx + 18, y);
            lx += 18 + fm.stringWidth(name) + 24;
        }

        int labelWidth = 0;
        for (Bar bar : chart.bars()) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(bar.label()));
        }
        int left = margin + Math.min(labelWidth, 260) + 12;
        int right = width - margin;
        int top = y + 18;
        int rowHeight = 26;
        int bottom = top + rowHeight * Math.max(1, chart.bars().size());
        double min = chart.base();
        double max = chart.base();
        for (Bar bar : chart.bars()) {
            min = Math.min(min, Math.min(bar.atLow(), bar.atHigh()));
            max = Math.max(max, Math.max(bar.atLow(), bar.atHigh()));
        }
        // Room either side for the value labels at the bar ends.
        double pad = (max - min) * 0.22 + (max == min ? 1 : 0);
        double from = min - pad;
        double to = max + pad;
        DoubleFunction<Double> x = v -> left + (right - left) * (v - from) / (to - from);
        for (int i = 0; i < chart.bars().size(); i++) {
            Bar bar = chart.bars().get(i);
            int rowTop = top + i * rowHeight;
            double baseX = x.apply(chart.base());
            drawEnd(g, x.apply(bar.atLow()), baseX, rowTop + 4, rowHeight - 8, LOW);
            drawEnd(g, x.apply(bar.atHigh()), baseX, rowTop + 4, rowHeight - 8, HIGH);
            g.setColor(text);
            String label = fit(bar.label(), fm, left - margin - 12);
            g.drawString(label, left - 12 - fm.stringWidth(label), rowTop + rowHeight / 2 + fm.getAscent() / 2 - 1);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            FontMetrics small = g.getFontMetrics();
            float baseline = rowTop + rowHeight / 2f + small.getAscent() / 2f - 1;
            double high = Math.max(bar.atLow(), bar.atHigh());
            double low = Math.min(bar.atLow(), bar.atHigh());
            g.drawString(chart.format().apply(high), (float) (Math.max(x.apply(high), baseX) + 4), baseline);
            String lowLabel = chart.format().apply(low);
            g.drawString(lowLabel, (float) (Math.min(x.apply(low), baseX) - 4 - small.stringWidth(lowLabel)), baseline);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        }
        g.setColor(text);
        g.setStroke(new BasicStroke(1.2f));
        int baseLine = (int) Math.round(x.apply(chart.base()));
        g.drawLine(baseLine, top - 4, baseLine, bottom + 4);
        g.setStroke(new BasicStroke(0.8f));
        g.drawLine(left, bottom + 4, right, bottom + 4);
        for (double v : new double[] {min, chart.base(), max}) {
            String label = chart.format().apply(v);
            int lxp = (int) Math.round(x.apply(v) - fm.stringWidth(label) / 2.0);
            lxp = Math.max(margin, Math.min(width - margin - fm.stringWidth(label), lxp));
            g.drawString(label, lxp, bottom + 6 + fm.getHeight());
        }
    }

    private static void drawEnd(Graphics2D g, double end, double base, int top, int h, Rgb colour) {
        g.setColor(MapRenderer.awt(colour));
        g.fill(new Rectangle2D.Double(Math.min(end, base), top, Math.abs(end - base), h));
    }

    private static String fit(String label, FontMetrics fm, int width) {
        if (fm.stringWidth(label) <= width) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
