package nl.taakdiff.io;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Numbers as people type them in files and options: plain decimals only. Java's own parsers also
 * take {@code 180d}, {@code 180f}, {@code 0x1p3}, {@code NaN} and {@code Infinity}, which are never
 * what an analyst meant, so the text is matched first and only then converted.
 */
public final class DecimalText {
    /** {@code 12}, {@code -0.5}, {@code 1234.50}: a point as decimal separator, no grouping, no exponent. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Dutch spreadsheet style: {@code 1234,5} or {@code 1.234,50} (points group thousands). */
    private static final Pattern DUTCH = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?|[+-]?,\\d+");
    private static final Pattern DUTCH_WHOLE = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

    private DecimalText() {
    }

    /** A finite plain decimal, or empty. */
    public static OptionalDouble parse(String text) {
        String s = text.strip();
        return PLAIN.matcher(s).matches() ? finite(s) : OptionalDouble.empty();
    }

    /** A finite decimal written with a decimal comma and optional thousands points, or empty. */
    public static OptionalDouble parseDutch(String text) {
        String s = text.strip();
        return DUTCH.matcher(s).matches() ? finite(s.replace(".", "").replace(',', '.')) : OptionalDouble.empty();
    }

    /** A whole number, optionally with thousands points as Dutch spreadsheets write them, or empty. */
    public static OptionalLong parseDutchWhole(String text) {
        String s = text.strip();
        if (!DUTCH_WHOLE.matcher(s).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s.replace(".", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether the text is a number written with a decimal comma, e.g. {@code 0,03}. */
    public static boolean hasDecimalComma(String text) {
        return DECIMAL_COMMA.matcher(text.strip()).matches();
    }

    private static OptionalDouble finite(String s) {
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }
}
