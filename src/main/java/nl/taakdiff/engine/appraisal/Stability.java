package nl.taakdiff.engine.appraisal;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact stability intervals (calculation.md §2.11). When criterion c's share moves to x and the other
 * weights keep their proportions and fill {@code 1 − x}, every score is linear in x:
 * {@code score(i, x) = a_i + b_i·x}. Today's winner W stays first while
 * {@code (a_W − a_j) + (b_W − b_j)·x ≥ 0} for every other option j: each j bounds x from one side
 * at the crossing point of two lines, so the bounds are breakpoints, not a scan.
 * If all other weights are 0 they share {@code 1 − x} equally, since they have no proportions.
 */
final class Stability {
    private Stability() {
    }

    static List<StabilityInterval> intervals(Appraisal appraisal) {
        int k = appraisal.criteria().size();
        double[][] partial = appraisal.partialScores();
        int n = partial.length;
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = appraisal.weight(c);
        }
        double[] scores = Ranks.scores(partial, weights, new double[n]);
        int winner = Ranks.order(scores, appraisal.options(), new int[n])[0];
        List<StabilityInterval> intervals = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            intervals.add(interval(appraisal, partial, weights, winner, c));
        }
        return intervals;
    }

    private static StabilityInterval interval(Appraisal appraisal, double[][] partial, double[] weights,
                                              int winner, int c) {
        int n = partial.length;
        int k = weights.length;
        double others = 0;
        for (int d = 0; d < k; d++) {
            if (d != c) {
                others += weights[d];
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double rest = 0;
            for (int d = 0; d < k; d++) {
                if (d != c) {
                    double proportion = others > 0 ? weights[d] / others : 1.0 / (k - 1);
                    rest += proportion * partial[i][d];
                }
            }
            a[i] = rest;
            b[i] = partial[i][c] - rest;
        }
        double x0 = weights[c];
        double from = 0;
        double to = 1;
        for (int j = 0; j < n; j++) {
            if (j == winner) {
                continue;
            }
            double slope = b[winner] - b[j];
            // The winner leads at x0; a negative lead can only be rounding.
            double lead = Math.max(0, a[winner] - a[j] + slope * x0);
            if (slope > 0) {
                from = Math.max(from, x0 - lead / slope);
            } else if (slope < 0) {
                to = Math.min(to, x0 + lead / -slope);
            }
        }
        return new StabilityInterval(c, appraisal.criteria().get(c).measure(), x0,
                Math.max(0, Math.min(from, x0)), Math.min(1, Math.max(to, x0)));
    }
}
