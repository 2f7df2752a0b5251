package nl.taakdiff.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers the analyst types, in the UI language's format: {@code 1.234,5} or {@code 1234,5}
 * in Dutch, {@code 1,234.5} or {@code 1234.5} in English; a leading {@code €} and surrounding
 * blanks are allowed. Grouping separators must stand every three digits, so that {@code 12.5} in
 * the Dutch UI is refused instead of read as 125.
 */
public final class NumberInput {
    /** Why a text is not a number of the wanted kind; the message key is {@code number.<name>}. */
    public enum Problem { EMPTY, NOT_A_NUMBER, NEGATIVE, NOT_WHOLE, TOO_LARGE }

    /** A parsed value or the reason it could not be read. */
    public record Result(Double value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final char grouping;
    private final char decimal;
    private final Pattern grouped;
    private final Pattern plain;

    public NumberInput(Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        grouping = dutch ? '.' : ',';
        decimal = dutch ? ',' : '.';
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        grouped = Pattern.compile("-?\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?");
        plain = Pattern.compile("-?\\d+(" + d + "\\d+)?");
    }

    /** A finite amount of at least 0, e.g. euros. */
    public Result amount(String text) {
        return read(text, false);
    }

    /** A whole number of at least 0, e.g. inhabitants. */
    public Result whole(String text) {
        return read(text, true);
    }

    private Result read(String text, boolean whole) {
        if (text == null || text.isBlank()) {
            return new Result(null, Problem.EMPTY);
        }
        String s = text.strip().replace('\u2212', '-').replace('\u00a0', ' ');
        if (s.startsWith("€")) {
            s = s.substring(1).strip();
        }
        s = s.replace(" ", "");
        if (!grouped.matcher(s).matches() && !plain.matcher(s).matches()) {
            return new Result(null, Problem.NOT_A_NUMBER);
        }
        String normal = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        double value;
        try {
            value = Double.parseDouble(normal);
        } catch (NumberFormatException e) {
            return new Result(null, Problem.NOT_A_NUMBER);
        }
        if (Double.isInfinite(value) || Math.abs(value) > 1e15) {
            return new Result(null, Problem.TOO_LARGE);
        }
        if (value < 0) {
            return new Result(null, Problem.NEGATIVE);
        }
        if (whole && value != Math.rint(value)) {
            return new Result(null, Problem.NOT_WHOLE);
        }
        return new Result(value == 0 ? 0.0 : value, null);
    }

    /** The message for a problem, e.g. "Enter a number of at least 0, such as 1.234,50". */
    public static String message(Messages messages, Problem problem, boolean whole) {
        String example = whole ? messages.formats().population(25_000) : messages.formats().money(1234.5)
                .replace("€", "").strip();
        return messages.get("number." + problem.name().toLowerCase(Locale.ROOT), example);
    }

    /** Convenience: the problem message for a text, empty when it is a valid number. */
    public static Optional<String> check(Messages messages, String text, boolean whole) {
        NumberInput input = new NumberInput(messages.locale());
        Result r = whole ? input.whole(text) : input.amount(text);
        return r.ok() ? Optional.empty() : Optional.of(message(messages, r.problem(), whole));
    }
}
