package nl.taakdiff.io;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formats for files: '.' as decimal separator, no grouping (see the README, "File formats"). */
public final class Numbers {
    private Numbers() {
    }

    /** The shortest plain form: {@code 180}, {@code 0.03}, never exponent notation. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Money with two decimals, e.g. {@code 1234.50}. */
    public static String money(double value) {
        return String.format(Locale.ROOT, "%.2f", value + 0.0);
    }

    /** A share with six decimals, e.g. {@code 0.512300}. */
    public static String share(double value) {
        return String.format(Locale.ROOT, "%.6f", value + 0.0);
    }
}
