package nl.taakdiff.engine.uncertainty;

import nl.taakdiff.engine.Metric;

/** One metric over the draws: in each scenario, and of the delta with the share of draws below zero. */
public record MetricSpread(Metric metric, Spread baseline, Spread alternative, Spread delta,
                           double probabilityNegative) {
}
