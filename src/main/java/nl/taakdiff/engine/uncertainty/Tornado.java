package nl.taakdiff.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.taakdiff.engine.Metric;

/**
 * One-at-a-time sensitivity of a metric (calculation.md §2.9): of one scenario, or of the delta of a
 * comparison. Rows are sorted by swing, largest first, then by parameter name.
 *
 * @param delta     true for the delta of a comparison (alternative − baseline)
 * @param baseValue the output with every parameter at its base value
 */
public record Tornado(Metric metric, boolean delta, double baseValue, List<TornadoRow> rows) {
    public Tornado {
        rows = List.copyOf(rows);
    }

    /** A metric of one scenario. */
    public static Tornado of(LinearScenario scenario, Metric metric) {
        double[] out = new double[Metric.values().length];
        return build(scenario.space(), metric, false, values -> {
            scenario.metrics(values, out);
            return out[metric.ordinal()];
        });
    }

    /** The delta of a metric in a comparison, with break-even values. */
    public static Tornado ofDelta(LinearComparison comparison, Metric metric) {
        int metrics = Metric.values().length;
        double[] base = new double[metrics];
        double[] alt = new double[metrics];
        double[] delta = new double[metrics];
        return build(comparison.space(), metric, true, values -> {
            comparison.deltaMetrics(values, base, alt, delta);
            return delta[metric.ordinal()];
        });
    }

    private interface Output {
        double at(double[] values);
    }

    private static Tornado build(ParameterSpace space, Metric metric, boolean delta, Output output) {
        double[] values = space.baseValues();
        double baseValue = output.at(values);
        List<TornadoRow> rows = new ArrayList<>(space.size());
        for (int p = 0; p < space.size(); p++) {
            Parameter parameter = space.parameters().get(p);
            values[p] = parameter.low();
            double atLow = output.at(values);
            values[p] = parameter.high();
            double atHigh = output.at(values);
            values[p] = parameter.base();
            rows.add(new TornadoRow(parameter, atLow, atHigh, delta ? breakEven(parameter, atLow, atHigh) : null));
        }
        rows.sort(Comparator.comparingDouble(TornadoRow::swing).reversed()
                .thenComparing(r -> r.parameter().name()));
        return new Tornado(metric, delta, baseValue, rows);
    }

    /** Linear interpolation between (low, y_low) and (high, y_high) to y = 0; exact for a linear output. */
    static Double breakEven(Parameter p, double atLow, double atHigh) {
        boolean opposite = atLow < 0 && atHigh > 0 || atLow > 0 && atHigh < 0;
        if (!opposite) {
            return null;
        }
        return p.low() + (0 - atLow) * (p.high() - p.low()) / (atHigh - atLow);
    }
}
