package nl.taakdiff.engine.uncertainty;

import java.util.Locale;
import java.util.Optional;

/** How a draw samples a parameter between its bounds (calculation.md §2.10). */
public enum Distribution {
    /** Triangular with the base value as mode: values near the base are the most likely. */
    TRIANGULAR,
    /** Every value between low and high equally likely. */
    UNIFORM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Distribution> parse(String text) {
        for (Distribution d : values()) {
            if (d.key().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The value at cumulative probability {@code u} in [0, 1) of the distribution over [low, high] with mode base. */
    double inverse(double u, double low, double base, double high) {
        double width = high - low;
        if (this == UNIFORM) {
            return low + u * width;
        }
        double left = base - low;
        if (u * width < left) {
            return low + Math.sqrt(u * width * left);
        }
        return high - Math.sqrt((1 - u) * width * (high - base));
    }
}
