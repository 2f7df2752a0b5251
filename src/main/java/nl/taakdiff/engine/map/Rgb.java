package nl.taakdiff.engine.map;

import java.util.Locale;

/** An opaque sRGB colour, free of any toolkit type: AWT, JavaFX and POI each convert it. */
public record Rgb(int red, int green, int blue) {
    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0..255");
        }
    }

    /** From {@code #RRGGBB} (the {@code #} is optional). */
    public static Rgb of(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return new Rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /** {@code 0xRRGGBB}. */
    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }

    /** {@code #rrggbb}, as CSS (JavaFX) expects it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    @Override
    public String toString() {
        return hex();
    }
}
