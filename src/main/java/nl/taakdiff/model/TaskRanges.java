package nl.taakdiff.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's own ranges of a task's parameters (calculation.md §2.8). Each bound is optional: a
 * missing one is filled in by the analysis from a relative range around the base value.
 */
public record TaskRanges(Double unitCostLow, Double unitCostHigh, Double fixedCostLow, Double fixedCostHigh,
                         Double minScaleLow, Double minScaleHigh) {
    /** No bound given: every range follows the relative default. */
    public static final TaskRanges NONE = new TaskRanges(null, null, null, null, null, null);

    /** The catalogue columns of the bounds, in file order. */
    public static final List<String> COLUMNS = List.of("unit_cost_low", "unit_cost_high", "fixed_cost_low",
            "fixed_cost_high", "min_scale_low", "min_scale_high");

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The bounds in the order of {@link #COLUMNS}; null where not given. */
    public List<Double> bounds() {
        List<Double> bounds = new ArrayList<>(6);
        bounds.add(unitCostLow);
        bounds.add(unitCostHigh);
        bounds.add(fixedCostLow);
        bounds.add(fixedCostHigh);
        bounds.add(minScaleLow);
        bounds.add(minScaleHigh);
        return bounds;
    }

    /** Ranges from bounds in the order of {@link #COLUMNS}. */
    public static TaskRanges of(List<Double> bounds) {
        if (bounds.size() != 6) {
            throw new IllegalArgumentException("a task has 6 range bounds, not " + bounds.size());
        }
        return new TaskRanges(bounds.get(0), bounds.get(1), bounds.get(2), bounds.get(3), bounds.get(4),
                bounds.get(5));
    }

    /** A bound that violates {@code low ≤ base ≤ high} (or is negative or not finite) for the task. */
    public record Violation(String column, String message) {
    }

    /** Every bound of the task that is out of order, each with its column and a sentence naming the task. */
    public static List<Violation> violations(Task task) {
        TaskRanges r = task.ranges();
        List<Violation> out = new ArrayList<>();
        double[] base = {task.unitCost(), task.fixedCost(), task.minScale()};
        List<Double> bounds = r.bounds();
        for (int i = 0; i < 6; i++) {
            Double bound = bounds.get(i);
            if (bound == null) {
                continue;
            }
            String column = COLUMNS.get(i);
            String baseColumn = column.substring(0, column.lastIndexOf('_'));
            double b = base[i / 2];
            boolean low = i % 2 == 0;
            if (!Double.isFinite(bound) || bound < 0) {
                out.add(new Violation(column, "task " + task.code() + ": " + column + " must be a number of at least 0"));
            } else if (low && bound > b) {
                out.add(new Violation(column, "task " + task.code() + ": " + column + " " + plain(bound)
                        + " is above " + baseColumn + " " + plain(b) + " (a range needs low ≤ base ≤ high)"));
            } else if (!low && bound < b) {
                out.add(new Violation(column, "task " + task.code() + ": " + column + " " + plain(bound)
                        + " is below " + baseColumn + " " + plain(b) + " (a range needs low ≤ base ≤ high)"));
            }
        }
        return out;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
