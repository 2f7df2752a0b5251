package nl.taakdiff.engine.explore;

import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Summary;
import nl.taakdiff.model.Scenario;

/**
 * An optimal rule set for some prices: the base scenario with the explorer's rules (its overrides,
 * size classes and overheads kept), evaluated by the ordinary {@link nl.taakdiff.engine.Evaluator}.
 *
 * @param uniform whether it was restricted to uniform rules
 */
public record Proposal(Prices prices, boolean uniform, Scenario scenario, Evaluation evaluation) {
    public Summary summary() {
        return evaluation.summary();
    }

    /** The score of calculation.md §2.12 at this proposal's prices. */
    public double score() {
        return prices.score(evaluation.summary());
    }

    /** The score at other prices (the rule set stays the same). */
    public double scoreAt(Prices other) {
        return other.score(evaluation.summary());
    }
}
