package nl.taakdiff.engine.explore;

import nl.taakdiff.engine.Summary;

/**
 * The prices that weigh capacity risk and direct control against cost (calculation.md §2.12).
 *
 * @param risk    λ: euros per capacity-risk pair
 * @param control μ: euros per euro of cost not under direct municipal control
 */
public record Prices(double risk, double control) {
    public static final Prices ZERO = new Prices(0, 0);

    public Prices {
        if (!(risk >= 0) || !(control >= 0) || Double.isInfinite(risk) || Double.isInfinite(control)) {
            throw new IllegalArgumentException("prices must be finite and at least 0, got risk " + risk
                    + " and control " + control);
        }
    }

    public Prices withRisk(double newRisk) {
        return new Prices(newRisk, control);
    }

    /** {@code total_cost + λ · capacity_risk_pairs + μ · (total_cost − direct_cost)}. */
    public double score(Summary summary) {
        return score(summary.totalCost(), summary.capacityRiskPairs(), summary.directControlCost());
    }

    public double score(double cost, long riskPairs, double directCost) {
        return cost + risk * riskPairs + control * (cost - directCost);
    }
}
