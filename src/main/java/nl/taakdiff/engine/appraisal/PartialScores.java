package nl.taakdiff.engine.appraisal;

import java.util.List;

/**
 * The score of each option on each criterion per unit of weight, so that an option's total score
 * is {@code Σ w·s}: under the weighted sum the normalised value {@code u}; under PROMETHEE II the
 * option's net flow on that criterion alone (π is a weighted sum over criteria, and so is φ).
 * Both are independent of the weights, which keeps re-weighting, stability and SMAA linear.
 */
final class PartialScores {
    private PartialScores() {
    }

    /** {@code scores[option][criterion]}. */
    static double[][] of(Method method, Performance performance, List<Criterion> criteria) {
        int n = performance.optionCount();
        int k = criteria.size();
        double[][] scores = new double[n][k];
        for (int c = 0; c < k; c++) {
            double[] v = performance.column(c);
            Criterion criterion = criteria.get(c);
            if (method == Method.WEIGHTED_SUM) {
                normalised(v, criterion.direction(), scores, c);
            } else {
                netFlows(v, criterion, scores, c);
            }
        }
        return scores;
    }

    private static void normalised(double[] v, Direction direction, double[][] scores, int c) {
        double min = min(v);
        double max = max(v);
        for (int i = 0; i < v.length; i++) {
            scores[i][c] = max == min ? 1
                    : direction == Direction.LOWER ? (max - v[i]) / (max - min) : (v[i] - min) / (max - min);
        }
    }

    private static void netFlows(double[] v, Criterion criterion, double[][] scores, int c) {
        int n = v.length;
        double q = criterion.hasThresholds() ? criterion.indifference() : 0;
        double p = criterion.hasThresholds() ? criterion.preference() : max(v) - min(v);
        for (int i = 0; i < n; i++) {
            double flow = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double d = criterion.direction().advantage(v[i], v[j]);
                    flow += preference(d, q, p) - preference(-d, q, p);
                }
            }
            scores[i][c] = flow / (n - 1);
        }
    }

    /** PROMETHEE's linear preference function with indifference threshold q and preference threshold p ≥ q. */
    static double preference(double d, double q, double p) {
        if (d <= q) {
            return 0;
        }
        return d <= p ? (d - q) / (p - q) : 1;
    }

    private static double min(double[] v) {
        double min = v[0];
        for (double x : v) {
            min = Math.min(min, x);
        }
        return min;
    }

    private static double max(double[] v) {
        double max = v[0];
        for (double x : v) {
            max = Math.max(max, x);
        }
        return max;
    }
}
