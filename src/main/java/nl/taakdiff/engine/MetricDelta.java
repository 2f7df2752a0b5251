package nl.taakdiff.engine;

/** One metric in both scenarios; {@code deltaPct} is null when the baseline is 0. */
public record MetricDelta(Metric metric, double baseline, double alternative, double delta, Double deltaPct) {
    static MetricDelta of(Metric metric, double baseline, double alternative) {
        double delta = alternative - baseline;
        return new MetricDelta(metric, baseline, alternative, delta, baseline == 0 ? null : delta / baseline);
    }
}
