package nl.taakdiff.engine.explore;

/** At one risk price: the best differentiated and the best uniform rule set. */
public record UniformityPoint(double riskPrice, Proposal differentiated, Proposal uniform) {
    /** What insisting on uniform rules costs, in score: never negative up to rounding. */
    public double priceOfUniformity() {
        return uniform.score() - differentiated.score();
    }

    public double costDifference() {
        return uniform.summary().totalCost() - differentiated.summary().totalCost();
    }
}
