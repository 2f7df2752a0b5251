package nl.taakdiff.engine.appraisal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one-line form of a criterion, {@code METRIC[:lower|higher]=WEIGHT[/Q/P]}, e.g.
 * {@code cost_per_inhabitant=40/1/5} or {@code direct_control_share:higher=2}: typed on the command
 * line and kept in workbooks. Numbers use '.' as decimal separator, without exponent.
 */
public final class CriterionSyntax {
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private CriterionSyntax() {
    }

    /** Parses one criterion; the message of the {@link IllegalArgumentException} says what is wrong. */
    public static Criterion parse(String text) {
        String spec = text.strip();
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("expected METRIC[:lower|higher]=WEIGHT[/Q/P], e.g. cost_per_inhabitant=40/1/5");
        }
        String[] head = spec.substring(0, eq).split(":", -1);
        if (head.length > 2) {
            throw new IllegalArgumentException("expected METRIC or METRIC:lower or METRIC:higher before '='");
        }
        Measure measure = Measure.parse(head[0]).orElseThrow(() -> new IllegalArgumentException(
                "unknown metric '" + head[0].strip() + "'; expected one of " + Measure.keys()));
        Direction direction = head.length == 1 ? measure.defaultDirection()
                : Direction.parse(head[1]).orElseThrow(() -> new IllegalArgumentException(
                        "direction '" + head[1].strip() + "' is neither lower nor higher"));
        String[] numbers = spec.substring(eq + 1).split("/", -1);
        if (numbers.length != 1 && numbers.length != 3) {
            throw new IllegalArgumentException("expected WEIGHT or WEIGHT/Q/P after '=', e.g. 40 or 40/1/5");
        }
        double weight = number(numbers[0], "weight");
        if (weight < 0) {
            throw new IllegalArgumentException("weight " + numbers[0].strip() + " is negative; weights are 0 or more");
        }
        if (numbers.length == 1) {
            return new Criterion(measure, direction, weight, null, null);
        }
        double q = number(numbers[1], "indifference threshold Q");
        double p = number(numbers[2], "preference threshold P");
        if (q < 0 || p < 0) {
            throw new IllegalArgumentException("thresholds Q and P must be 0 or more");
        }
        if (q > p) {
            throw new IllegalArgumentException("indifference threshold Q " + numbers[1].strip()
                    + " is above preference threshold P " + numbers[2].strip());
        }
        return new Criterion(measure, direction, weight, q, p);
    }

    private static double number(String text, String what) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException(what + " '" + t + "' is not a number (use . as decimal separator)");
        }
        return Double.parseDouble(t);
    }

    /** The one-line form that {@link #parse} reads back to an equal criterion. */
    public static String format(Criterion c) {
        StringBuilder s = new StringBuilder(c.measure().key()).append(':').append(c.direction().key())
                .append('=').append(plain(c.weight()));
        if (c.hasThresholds()) {
            s.append('/').append(plain(c.indifference())).append('/').append(plain(c.preference()));
        }
        return s.toString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
