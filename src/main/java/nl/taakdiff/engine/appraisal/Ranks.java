package nl.taakdiff.engine.appraisal;

import java.util.List;

/** Scoring and ordering on plain arrays, shared by the ranking, the stability intervals and SMAA. */
final class Ranks {
    private Ranks() {
    }

    /** {@code out[i] = Σ_c weights[c] · partial[i][c]}. */
    static double[] scores(double[][] partial, double[] weights, double[] out) {
        for (int i = 0; i < partial.length; i++) {
            double s = 0;
            double[] row = partial[i];
            for (int c = 0; c < weights.length; c++) {
                s += weights[c] * row[c];
            }
            out[i] = s;
        }
        return out;
    }

    /** Option indices best first: higher score first, ties by name. Insertion sort: at most eight options. */
    static int[] order(double[] scores, List<String> names, int[] out) {
        int n = scores.length;
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && before(i, out[j - 1], scores, names)) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = i;
        }
        return out;
    }

    /** Whether option a ranks above option b. */
    static boolean before(int a, int b, double[] scores, List<String> names) {
        return scores[a] > scores[b] || scores[a] == scores[b] && names.get(a).compareTo(names.get(b)) < 0;
    }
}
