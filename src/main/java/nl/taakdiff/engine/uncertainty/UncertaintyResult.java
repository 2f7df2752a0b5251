package nl.taakdiff.engine.uncertainty;

import java.util.List;
import nl.taakdiff.engine.Metric;

/**
 * What a Monte Carlo run found (calculation.md §2.10). The sorted deltas of each metric are kept for
 * histograms.
 */
public final class UncertaintyResult {
    private final MonteCarloSettings settings;
    private final List<MetricSpread> metrics;
    private final List<MunicipalitySpread> municipalities;
    private final List<ClassSpread> classes;
    private final double[][] sortedDeltas;

    UncertaintyResult(MonteCarloSettings settings, List<MetricSpread> metrics, List<MunicipalitySpread> municipalities,
                      List<ClassSpread> classes, double[][] sortedDeltas) {
        this.settings = settings;
        this.metrics = List.copyOf(metrics);
        this.municipalities = List.copyOf(municipalities);
        this.classes = List.copyOf(classes);
        this.sortedDeltas = sortedDeltas;
    }

    public MonteCarloSettings settings() {
        return settings;
    }

    public int draws() {
        return settings.draws();
    }

    /** Every metric of calculation.md §2.6, in that order. */
    public List<MetricSpread> metrics() {
        return metrics;
    }

    public MetricSpread metric(Metric metric) {
        return metrics.get(metric.ordinal());
    }

    /** Municipalities in data set order. */
    public List<MunicipalitySpread> municipalities() {
        return municipalities;
    }

    /** Size classes of the baseline's tiering. */
    public List<ClassSpread> classes() {
        return classes;
    }

    /** The delta of a metric in every draw, ascending; a copy. */
    public double[] sortedDeltas(Metric metric) {
        return sortedDeltas[metric.ordinal()].clone();
    }

    /**
     * Standard error of the mean delta of a metric, {@code sd / √n}: how far the mean may be from
     * the mean of infinitely many draws. Four times the draws halve it.
     */
    public double standardError(Metric metric) {
        return metric(metric).delta().sd() / Math.sqrt(draws());
    }

    /** Standard error of {@code probability_negative}, {@code √(p (1 − p) / n)}. */
    public double probabilityNegativeError(Metric metric) {
        double p = metric(metric).probabilityNegative();
        return Math.sqrt(p * (1 - p) / draws());
    }
}
