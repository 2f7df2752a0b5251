package nl.taakdiff.io.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;

/** Draws a scatter chart of a few series with AWT (headless); points of labelled series carry their name. */
public final class ScatterRenderer {
    public static final int WIDTH = 820;
    public static final int HEIGHT = 480;

    /** One point; {@code label} is drawn beside it when its series is labelled. */
    public record Point(double x, double y, String label) {
    }

    public record Series(String name, Rgb colour, boolean labelled, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * What to draw: title, axis titles and series, drawn in order (later series on top).
     *
     * @param locale whose digit grouping and decimal separator the scales use
     */
    public record Chart(String title, String xTitle, String yTitle, List<Series> series, Locale locale) {
        public Chart {
            series = List.copyOf(series);
            java.util.Objects.requireNonNull(locale, "locale");
        }
    }

    private ScatterRenderer() {
    }

    public static BufferedImage render(Chart chart, int width, int height, double scale) {
        return ChartRenderer.image(width, height, scale, g -> draw(g, chart, width, height));
    }

    public static void draw(Graphics2D g, Chart chart, int width, int height) {
        Color text = MapRenderer.awt(Palettes.TEXT);
        int margin = ChartRenderer.MARGIN;
        int y = ChartRenderer.startPage(g, width, height, chart.title());
        FontMetrics fm = g.getFontMetrics();
        int lx = margin;
        int ly = y + fm.getHeight() + 8;
        for (Series s : chart.series()) {
            g.setColor(MapRenderer.awt(s.colour()));
            g.fill(new Ellipse2D.Double(lx, ly - 10, 10, 10));
            g.setColor(text);
            g.drawString(s.name(), lx + 16, ly);
            lx += 16 + fm.stringWidth(s.name()) + 22;
        }

        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Series s : chart.series()) {
            for (Point p : s.points()) {
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minY > maxY) {
            minY = 0;
            maxY = 1;
        }
        double xStep = step(Math.max(1, maxX * 1.08) / 6);
        double xMax = Math.ceil(Math.max(1, maxX * 1.08) / xStep) * xStep;
        double spanY = Math.max(maxY - minY, Math.max(1e-9, Math.abs(maxY) * 1e-3));
        double yStep = step(spanY * 1.2 / 6);
        double yMin = Math.floor((minY - spanY * 0.08) / yStep) * yStep;
        double yMax = Math.ceil((maxY + spanY * 0.08) / yStep) * yStep;

        int left = margin + 70;
        int right = width - margin - 10;
        int top = ly + 22;
        int bottom = height - margin - 40;
        g.setStroke(new BasicStroke(0.8f));
        for (double v = yMin; v <= yMax + yStep / 2; v += yStep) {
            int ty = (int) Math.round(bottom - (bottom - top) * (v - yMin) / (yMax - yMin));
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, ty, right, ty);
            g.setColor(text);
            String label = label(v, yStep, chart.locale());
            g.drawString(label, left - 8 - fm.stringWidth(label), ty + fm.getAscent() / 2 - 1);
        }
        for (double v = 0; v <= xMax + xStep / 2; v += xStep) {
            int tx = (int) Math.round(left + (right - left) * v / xMax);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(tx, top, tx, bottom);
            g.setColor(text);
            String label = label(v, xStep, chart.locale());
            g.drawString(label, tx - fm.stringWidth(label) / 2f, bottom + fm.getHeight() + 2);
        }
        g.setColor(text);
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        g.drawString(chart.xTitle(), (left + right - fm.stringWidth(chart.xTitle())) / 2f, bottom + 2 * fm.getHeight() + 6);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(chart.yTitle(), -(top + bottom + fm.stringWidth(chart.yTitle())) / 2f, margin + fm.getAscent());
        rotated.dispose();

        for (Series s : chart.series()) {
            for (Point p : s.points()) {
                double px = left + (right - left) * p.x() / xMax;
                double py = bottom - (bottom - top) * (p.y() - yMin) / (yMax - yMin);
                g.setColor(MapRenderer.awt(s.colour()));
                g.fill(new Ellipse2D.Double(px - 4.5, py - 4.5, 9, 9));
                g.setColor(Color.WHITE);
                g.draw(new Ellipse2D.Double(px - 4.5, py - 4.5, 9, 9));
                if (s.labelled() && p.label() != null) {
                    g.setColor(text);
                    float tx = px + 8 + fm.stringWidth(p.label()) > right
                            ? (float) (px - 8 - fm.stringWidth(p.label())) : (float) (px + 8);
                    g.drawString(p.label(), tx, (float) (py + fm.getAscent() / 2.0 - 1));
                }
            }
        }
    }

    /** A scale value with as many decimals as the step needs: 1,234.5 in English, 1.234,5 in Dutch. */
    static String label(double v, double step, Locale locale) {
        return step >= 1 ? String.format(locale, "%,.0f", v)
                : String.format(locale, "%,." + (int) Math.ceil(-Math.log10(step)) + "f", v);
    }

    static double step(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double scaled = rough / magnitude;
        double nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
