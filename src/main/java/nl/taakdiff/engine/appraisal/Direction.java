package nl.taakdiff.engine.appraisal;

import java.util.Locale;
import java.util.Optional;

/** Whether a lower or a higher value of a criterion is better. */
public enum Direction {
    LOWER,
    HIGHER;

    /** The name used on the command line and in workbooks: {@code lower} or {@code higher}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> parse(String text) {
        for (Direction d : values()) {
            if (d.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The advantage of {@code a} over {@code b} in this direction (positive when {@code a} is better). */
    double advantage(double a, double b) {
        return this == LOWER ? b - a : a - b;
    }
}
