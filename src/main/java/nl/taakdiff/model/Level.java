package nl.taakdiff.model;

import java.util.Locale;
import java.util.Optional;

/** The level that executes a task for a municipality (calculation.md). */
public enum Level {
    MUNICIPALITY(Payer.MUNICIPALITIES),
    CENTRE(Payer.MUNICIPALITIES),
    REGION(Payer.MUNICIPALITIES),
    PROVINCE(Payer.PROVINCES),
    STATE(Payer.STATE);

    private static final Level[] VALUES = values();

    private final Payer payer;

    Level(Payer payer) {
        this.payer = payer;
    }

    /** Who carries the cost of organisations at this level. */
    public Payer payer() {
        return payer;
    }

    /** The lower-case code used in files: {@code municipality}, {@code centre}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a file code, case-insensitively and ignoring surrounding blanks. */
    public static Optional<Level> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        for (Level level : VALUES) {
            if (level.code().equalsIgnoreCase(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Levels by ordinal without allocating a new array each time. */
    public static Level ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** All level codes, for messages. */
    public static String codes() {
        StringBuilder sb = new StringBuilder();
        for (Level level : VALUES) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(level.code());
        }
        return sb.toString();
    }
}
