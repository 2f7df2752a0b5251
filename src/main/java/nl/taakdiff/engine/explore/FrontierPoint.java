package nl.taakdiff.engine.explore;

/** One distinct optimum on the frontier, with the lowest price of the range at which it is optimal. */
public record FrontierPoint(double riskPrice, Proposal proposal) {
}
