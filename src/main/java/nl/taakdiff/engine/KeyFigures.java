package nl.taakdiff.engine;

import java.util.List;

/**
 * Which figures are the key figures of a comparison and how a change in each is judged. One list
 * for every view and export that shows cards, slides or a summary, so they agree on what counts
 * as better.
 */
public final class KeyFigures {
    private KeyFigures() {
    }

    /** Which way a key figure should move to be an improvement. */
    public enum Direction { LOWER_IS_BETTER, HIGHER_IS_BETTER, NEUTRAL }

    /** How a change in a key figure reads. */
    public enum Judgement { BETTER, WORSE, NEUTRAL, UNCHANGED }

    /** A key figure: a metric and the direction that counts as better. */
    public record Kpi(Metric metric, Direction direction) {
        /**
         * Better, worse, neutral (a figure without a good direction) or unchanged: a change smaller
         * than what the figure's unit shows (half a cent, half a unit, 0.005 percentage point).
         */
        public Judgement judge(MetricDelta delta) {
            double tolerance = switch (metric.unit()) {
                case MONEY -> 0.005;
                case COUNT -> 0.5;
                case SHARE -> 0.00005;
            };
            if (Math.abs(delta.delta()) < tolerance) {
                return Judgement.UNCHANGED;
            }
            return switch (direction) {
                case NEUTRAL -> Judgement.NEUTRAL;
                case LOWER_IS_BETTER -> delta.delta() < 0 ? Judgement.BETTER : Judgement.WORSE;
                case HIGHER_IS_BETTER -> delta.delta() > 0 ? Judgement.BETTER : Judgement.WORSE;
            };
        }
    }

    /**
     * The key figures, in order: cost, capacity, democratic control, complexity. Capacity has two: a
     * municipality with one task below its minimum scale counts as at risk, so the pairs show how
     * much of the risk an allocation removes where the municipality count barely moves.
     */
    public static final List<Kpi> KPIS = List.of(
            new Kpi(Metric.TOTAL_COST, Direction.LOWER_IS_BETTER),
            new Kpi(Metric.COST_PER_INHABITANT, Direction.LOWER_IS_BETTER),
            new Kpi(Metric.ORGANISATIONS, Direction.NEUTRAL),
            new Kpi(Metric.JOINT_ARRANGEMENTS, Direction.LOWER_IS_BETTER),
            new Kpi(Metric.CAPACITY_RISK_PAIRS, Direction.LOWER_IS_BETTER),
            new Kpi(Metric.CAPACITY_RISK_MUNICIPALITIES, Direction.LOWER_IS_BETTER),
            new Kpi(Metric.DIRECT_CONTROL_SHARE, Direction.HIGHER_IS_BETTER),
            new Kpi(Metric.TASK_PACKAGES, Direction.LOWER_IS_BETTER));
}
