package nl.taakdiff.engine.appraisal;

import java.util.Locale;
import java.util.Optional;

/** How options are scored (calculation.md §2.11). */
public enum Method {
    WEIGHTED_SUM,
    PROMETHEE;

    /** {@code weighted-sum} or {@code promethee}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Method> parse(String text) {
        for (Method m : values()) {
            if (m.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
