package nl.taakdiff.engine.uncertainty;

/**
 * Mean, sample standard deviation and quantiles of a sample (calculation.md §2.10). Quantiles
 * interpolate linearly between order statistics, as numpy's default.
 */
public record Spread(double mean, double sd, double p5, double p50, double p95) {

    /** The spread of the first {@code n} values; reorders them. */
    static Spread of(double[] values, int n) {
        double mean = mean(values, n);
        double sd = sd(values, n, mean);
        double[] q = Quantiles.selectAll(values, n, 0.05, 0.50, 0.95);
        return new Spread(mean, sd, q[0], q[1], q[2]);
    }

    static double mean(double[] values, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    /** Sample standard deviation (divisor n − 1), 0 for a single value; two passes, for accuracy. */
    static double sd(double[] values, int n, double mean) {
        if (n < 2) {
            return 0;
        }
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (n - 1));
    }
}
