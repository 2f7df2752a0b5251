package nl.taakdiff.engine.explore;

import java.util.Locale;

/** N prices evenly spaced from {@code from} to {@code to}, both included: {@code FROM:TO:N}. */
public record PriceRange(double from, double to, int count) {
    public PriceRange {
        if (!(from >= 0) || !(to >= from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("a price range needs 0 ≤ FROM ≤ TO, got " + from + ":" + to);
        }
        if (count < 1 || (count == 1 && from != to)) {
            throw new IllegalArgumentException("a price range needs N ≥ 2 prices (or N = 1 with FROM = TO), got "
                    + count);
        }
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** Parses {@code FROM:TO:N}; throws {@link IllegalArgumentException} with a message for the user. */
    public static PriceRange parse(String text) {
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not FROM:TO:N, e.g. 0:1000000:50");
        }
        double from;
        double to;
        int count;
        try {
            // Plain decimals only: Java would also read 1e3, 0x1p3, 180d and NaN.
            if (!PLAIN.matcher(parts[0].strip()).matches() || !PLAIN.matcher(parts[1].strip()).matches()) {
                throw new NumberFormatException();
            }
            from = Double.parseDouble(parts[0].strip());
            to = Double.parseDouble(parts[1].strip());
            if (!Double.isFinite(from) || !Double.isFinite(to)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': FROM and TO must be numbers (use . as decimal separator)");
        }
        try {
            count = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': N must be a whole number");
        }
        return new PriceRange(from, to, count);
    }

    /** The i-th price; the last one is exactly {@code to}. */
    public double value(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(i);
        }
        return i == count - 1 ? to : from + (to - from) * i / (count - 1);
    }

    public double[] values() {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = value(i);
        }
        return values;
    }

    public String format() {
        return String.format(Locale.ROOT, "%s:%s:%d", plain(from), plain(to), count);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
