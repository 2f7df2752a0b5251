package nl.taakdiff.io.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.io.AtomicFiles;

/** Draws the per-size-class cost-per-inhabitant bar chart with AWT (headless), grouped by class. */
public final class ChartRenderer {
    public static final int WIDTH = 820;
    public static final int HEIGHT = 460;

    private ChartRenderer() {
    }

    public static BufferedImage render(ClassCostChart chart, int width, int height, double scale) {
        return image(width, height, scale, g -> draw(g, chart, width, height));
    }

    /** A picture of {@code width × height} drawn at {@code scale} (2 for print and high-density screens). */
    static BufferedImage image(int width, int height, double scale, java.util.function.Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Room around a chart's content, in pixels. */
    static final int MARGIN = 16;

    /**
     * Starts a chart picture: a white page, smooth lines and text, the title in bold at the top
     * left; leaves the plain text font and the text colour set and returns the title's baseline.
     */
    static int startPage(Graphics2D g, int width, int height, String title) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(MapRenderer.awt(Palettes.TEXT));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        int y = MARGIN + g.getFontMetrics().getAscent();
        g.drawString(title, MARGIN, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return y;
    }

    public static void draw(Graphics2D g, ClassCostChart chart, int width, int height) {
        Color text = MapRenderer.awt(Palettes.TEXT);
        int margin = MARGIN;
        int y = startPage(g, width, height, chart.title());
        FontMetrics fm = g.getFontMetrics();
        y += fm.getHeight() + 2;
        g.drawString(chart.unit(), margin, y);

        // legend row
        int lx = margin;
        int ly = y + fm.getHeight() + 6;
        for (ClassCostChart.Series s : chart.series()) {
            g.setColor(MapRenderer.awt(s.colour()));
            g.fillRect(lx, ly - 11, 12, 12);
            g.setColor(text);
            g.drawString(s.name(), lx + 18, ly);
            lx += 18 + fm.stringWidth(s.name()) + 24;
        }

        int left = margin + 60;
        int right = width - margin;
        int top = ly + 20;
        int bottom = height - margin - 36;
        double max = niceMax(chart.maxValue());
        int ticks = 5;
        g.setStroke(new BasicStroke(0.8f));
        for (int t = 0; t <= ticks; t++) {
            double v = max * t / ticks;
            int ty = (int) Math.round(bottom - (bottom - top) * v / max);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, ty, right, ty);
            g.setColor(text);
            String label = whole(v, chart.locale());
            g.drawString(label, left - 8 - fm.stringWidth(label), ty + fm.getAscent() / 2 - 1);
        }
        List<String> classes = chart.classes();
        int groups = classes.size();
        int seriesCount = chart.series().size();
        double groupWidth = (right - left) / (double) Math.max(1, groups);
        double barWidth = groupWidth * 0.8 / seriesCount;
        for (int c = 0; c < groups; c++) {
            double gx = left + c * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < seriesCount; s++) {
                double v = chart.series().get(s).values().get(c);
                double h = (bottom - top) * Math.max(0, v) / max;
                g.setColor(MapRenderer.awt(chart.series().get(s).colour()));
                g.fill(new Rectangle2D.Double(gx + s * barWidth, bottom - h, barWidth - 2, h));
                if (barWidth >= 34) {
                    g.setColor(text);
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                    String label = whole(v, chart.locale());
                    FontMetrics small = g.getFontMetrics();
                    g.drawString(label, (float) (gx + s * barWidth + (barWidth - 2 - small.stringWidth(label)) / 2),
                            (float) (bottom - h - 3));
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                }
            }
            g.setColor(text);
            String label = classes.get(c);
            g.drawString(label, (float) (left + c * groupWidth + (groupWidth - fm.stringWidth(label)) / 2),
                    bottom + fm.getHeight() + 2);
        }
        g.setColor(text);
        g.drawLine(left, bottom, right, bottom);
        String axis = chart.axis();
        g.drawString(axis, (left + right - fm.stringWidth(axis)) / 2f, bottom + 2 * fm.getHeight() + 4);
    }

    /** A value rounded to whole units with the locale's grouping: 2,686 in English, 2.686 in Dutch. */
    static String whole(double v, Locale locale) {
        return String.format(locale, "%,.0f", v);
    }

    static double niceMax(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (f * magnitude >= max) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Writes an image as PNG, whole or not at all. */
    public static void writePng(BufferedImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> PngOutput.write(image, out));
    }
}
