package nl.taakdiff.io.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import nl.taakdiff.engine.Vocabulary;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.MapLabels;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;
import nl.taakdiff.io.MapGeometry;

/**
 * Draws a {@link Choropleth} on the municipality shapes with AWT, headless: title, map, optional
 * region borders, legend with counts, and the attribution "Bron: CBS / PDOK". Sizes are given in
 * logical pixels; {@code scale} 2 gives a sharp image for slides and print.
 */
public final class MapRenderer {
    /** Logical size of an image. */
    public static final int WIDTH = 820;
    public static final int HEIGHT = 720;

    private static final Map<MapGeometry, Map<String, Path2D.Float>> PATHS = new WeakHashMap<>();

    private MapRenderer() {
    }

    /**
     * Layout options; {@code regionType} draws that layer's borders on top (null: none); {@code locale}
     * is the language of the legend's own words and counts (the choropleth brings its labels).
     */
    public record Options(int width, int height, double scale, String title, String subtitle, String regionType,
                          Locale locale) {
        public Options {
            Objects.requireNonNull(locale, "locale");
        }

        public static Options defaults(String title) {
            return new Options(WIDTH, HEIGHT, 2, title, "", null, Vocabulary.ENGLISH);
        }

        public Options withSubtitle(String text) {
            return new Options(width, height, scale, title, text, regionType, locale);
        }

        public Options withRegions(String type) {
            return new Options(width, height, scale, title, subtitle, type, locale);
        }

        public Options withLocale(Locale language) {
            return new Options(width, height, scale, title, subtitle, regionType, language);
        }
    }

    /** An image of {@code width × scale} by {@code height × scale} pixels. */
    public static BufferedImage render(MapGeometry geometry, Choropleth map, Options options) {
        int w = (int) Math.round(options.width() * options.scale());
        int h = (int) Math.round(options.height() * options.scale());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(options.scale(), options.scale());
            draw(g, geometry, map, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws into {@code g} within (0, 0, width, height) in its current user space. */
    public static void draw(Graphics2D g, MapGeometry geometry, Choropleth map, Options options) {
        int width = options.width();
        int height = options.height();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);

        int margin = 16;
        int top = margin;
        g.setColor(awt(Palettes.TEXT));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        top += g.getFontMetrics().getAscent();
        g.drawString(options.title() == null ? map.title() : options.title(), margin, top);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (options.subtitle() != null && !options.subtitle().isEmpty()) {
            top += g.getFontMetrics().getHeight() + 2;
            g.drawString(options.subtitle(), margin, top);
        }
        top += 12;

        int legendWidth = 230;
        int bottom = height - margin - 16;
        double mapX = margin;
        double mapW = width - 2 * margin - legendWidth;
        double mapH = bottom - top;
        MapGeometry.Viewport view = MapGeometry.Viewport.fit(geometry.bounds(), mapX, top, mapW, mapH);
        double s = view.scale();
        AffineTransform toScreen = new AffineTransform(s, 0, 0, -s, view.offsetX(), view.offsetY() + view.maxY() * s);

        Map<String, Path2D.Float> paths = paths(geometry);
        AffineTransform saved = g.getTransform();
        g.transform(toScreen);
        BasicStroke outline = new BasicStroke((float) (0.35 / s));
        for (MapGeometry.Area area : geometry.municipalities().areas()) {
            Path2D.Float path = paths.get(MapGeometry.MUNICIPALITIES + " " + area.code());
            g.setColor(awt(map.colourOf(area.code())));
            g.fill(path);
            g.setColor(awt(Palettes.OUTLINE));
            g.setStroke(outline);
            g.draw(path);
        }
        if (options.regionType() != null) {
            geometry.regions(options.regionType()).ifPresent(layer -> {
                g.setColor(awt(Palettes.REGION_OUTLINE));
                g.setStroke(new BasicStroke((float) (1.0 / s)));
                for (MapGeometry.Area area : layer.areas()) {
                    g.draw(paths.get(layer.type() + " " + area.code()));
                }
            });
        }
        g.setTransform(saved);

        drawLegend(g, map, width - margin - legendWidth + 10, top + 10, options);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(awt(Palettes.TEXT));
        String attribution = MapGeometry.ATTRIBUTION;
        FontMetrics fm = g.getFontMetrics();
        g.drawString(attribution, width - margin - fm.stringWidth(attribution), height - margin);
    }

    private static void drawLegend(Graphics2D g, Choropleth map, int x, int y, Options options) {
        String regionType = options.regionType();
        MapLabels labels = MapLabels.of(options.locale());
        g.setColor(awt(Palettes.TEXT));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        FontMetrics fm = g.getFontMetrics();
        int line = y + fm.getAscent();
        for (String part : wrap(map.title(), fm, 210)) {
            g.drawString(part, x, line);
            line += fm.getHeight();
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        fm = g.getFontMetrics();
        if (!map.unit().isEmpty()) {
            g.drawString(map.unit(), x, line);
            line += fm.getHeight();
        }
        line += 6;
        int box = 16;
        for (Choropleth.LegendEntry entry : map.legend()) {
            g.setColor(awt(entry.colour()));
            g.fillRect(x, line - box + 3, box, box);
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(0.6f));
            g.drawRect(x, line - box + 3, box, box);
            g.setColor(awt(Palettes.TEXT));
            g.drawString(entry.label() + "  (" + labels.count(entry.count()) + ")", x + box + 8, line);
            line += box + 6;
        }
        if (regionType != null) {
            line += 4;
            g.setColor(awt(Palettes.REGION_OUTLINE));
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(x, line - 5, x + box, line - 5);
            g.setColor(awt(Palettes.TEXT));
            g.drawString(regionBorders(regionType, options.locale()), x + box + 8, line);
        }
    }

    /** The legend line of the region borders: "Borders: jeugdregio" or "Grenzen: jeugdregio". */
    static String regionBorders(String regionType, Locale locale) {
        return Vocabulary.of(locale).get("map.legend.regions", regionType);
    }

    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (fm.stringWidth(candidate) > width && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** One path per area of every layer, in RD metres, keyed "layer code"; built once per geometry. */
    private static Map<String, Path2D.Float> paths(MapGeometry geometry) {
        synchronized (PATHS) {
            return PATHS.computeIfAbsent(geometry, gm -> {
                Map<String, Path2D.Float> paths = new java.util.HashMap<>();
                for (MapGeometry.Layer layer : gm.layers().values()) {
                    for (MapGeometry.Area area : layer.areas()) {
                        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
                        for (MapGeometry.Ring ring : area.rings()) {
                            double[] xy = ring.xy();
                            path.moveTo(xy[0], xy[1]);
                            for (int i = 2; i < xy.length; i += 2) {
                                path.lineTo(xy[i], xy[i + 1]);
                            }
                            path.closePath();
                        }
                        paths.put(layer.type() + " " + area.code(), path);
                    }
                }
                return paths;
            });
        }
    }

    static Color awt(Rgb rgb) {
        return new Color(rgb.rgb());
    }
}
