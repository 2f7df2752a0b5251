package nl.taakdiff.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;
import nl.taakdiff.model.Level;

/**
 * The colours of levels and scenario series as a style sheet, generated from {@link Palettes} and
 * {@link ClassCostChart#SERIES_COLOURS}, so that the allocation matrix, the charts of the Compare
 * tab and the slides use exactly the colours of the map and the exported images.
 *
 * <p>Matrix cells carry the level's colour as a stripe on the left over a light tint of it, with
 * text in a dark shade of it: the full colours behind text would be hard to read.
 */
public final class PaletteStyles {
    /** The share of the level colour in a matrix cell's tint (the rest is white). */
    static final double TINT = 0.3;
    /** How dark a level's text is, as a share of its colour (the rest is black). */
    static final double SHADE = 0.42;

    private PaletteStyles() {
    }

    /** A {@code data:} URL to add to a scene's style sheets after the application's own. */
    public static String stylesheet() {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));
    }

    /** The style sheet's text. */
    public static String css() {
        StringBuilder css = new StringBuilder(".root {\n");
        for (Level level : Level.values()) {
            Rgb colour = Palettes.LEVELS.get(level);
            String name = "-td-" + level.code();
            css.append("    ").append(name).append(": ").append(colour.hex()).append(";\n");
            css.append("    ").append(name).append("-tint: ").append(mix(colour, WHITE, TINT).hex()).append(";\n");
            css.append("    ").append(name).append("-text: ").append(mix(colour, BLACK, SHADE).hex()).append(";\n");
        }
        css.append("}\n");
        for (Level level : Level.values()) {
            String name = "-td-" + level.code();
            css.append(".level-").append(level.code()).append(" {\n")
                    .append("    -fx-background-color: ").append(name).append(", ").append(name).append("-tint;\n")
                    .append("    -fx-background-insets: 0, 0 0 0 5;\n")
                    .append("    -fx-text-fill: ").append(name).append("-text;\n}\n");
        }
        List<Rgb> levelColours = java.util.Arrays.stream(Level.values()).map(Palettes.LEVELS::get).toList();
        series(css, "#level-chart", levelColours);
        series(css, "#class-chart", ClassCostChart.SERIES_COLOURS);
        series(css, ".presentation-chart", ClassCostChart.SERIES_COLOURS);
        return css.toString();
    }

    /** Bars and legend symbols of the chart's i-th series in the i-th colour. */
    private static void series(StringBuilder css, String chart, List<Rgb> colours) {
        for (int i = 0; i < colours.size(); i++) {
            String hex = colours.get(i).hex();
            // flat bars: modena's gradients derive() from -fx-bar-fill and shift the colours
            css.append(String.format(Locale.ROOT,
                    "%s .default-color%d.chart-bar { -fx-bar-fill: %s; -fx-background-color: %s; }%n", chart, i, hex,
                    hex));
            css.append(String.format(Locale.ROOT,
                    "%s .default-color%d.chart-legend-item-symbol { -fx-background-color: %s; }%n", chart, i, hex));
        }
    }

    private static final Rgb WHITE = new Rgb(255, 255, 255);
    private static final Rgb BLACK = new Rgb(0, 0, 0);

    /** share × colour + (1 − share) × other, per channel. */
    static Rgb mix(Rgb colour, Rgb other, double share) {
        return new Rgb(channel(colour.red(), other.red(), share), channel(colour.green(), other.green(), share),
                channel(colour.blue(), other.blue(), share));
    }

    private static int channel(int a, int b, double share) {
        return (int) Math.round(share * a + (1 - share) * b);
    }
}
