package nl.taakdiff.engine.appraisal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * SMAA-2 rank acceptability (calculation.md §2.11): weight vectors drawn uniformly from the simplex
 * over all criteria of the appraisal, each draw ranked like the appraisal ranks. Seeded with
 * {@link SplittableRandom}, whose sequence is specified; the simplex is sampled as the gaps
 * between sorted uniforms, which needs no logarithm, so a seed gives the same shares everywhere.
 */
public final class RankAcceptability {
    public static final int DEFAULT_DRAWS = 10_000;
    public static final long DEFAULT_SEED = 1;

    private RankAcceptability() {
    }

    /** Acceptability under weight uncertainty alone. */
    public static Acceptability compute(Appraisal appraisal, int draws, long seed) {
        return run(appraisal, draws, seed, null);
    }

    /** Acceptability under weight and parameter uncertainty: one weight draw per parameter draw. */
    public static Acceptability compute(Appraisal appraisal, PerformanceDraws parameters, long seed) {
        return run(appraisal, parameters.count(), seed, parameters);
    }

    private static Acceptability run(Appraisal appraisal, int draws, long seed, PerformanceDraws parameters) {
        if (draws < 1) {
            throw new IllegalArgumentException("rank acceptability needs at least one draw, not " + draws);
        }
        int n = appraisal.options().size();
        int k = appraisal.criteria().size();
        SplittableRandom random = new SplittableRandom(seed);
        double[] weights = new double[k];
        double[] cuts = new double[k + 1];
        double[] scores = new double[n];
        int[] order = new int[n];
        long[][] counts = new long[n][n];
        double[][] partial = appraisal.partialScores();
        for (int draw = 0; draw < draws; draw++) {
            simplex(random, cuts, weights);
            if (parameters != null) {
                Performance p = parameters.draw(draw);
                if (!p.options().equals(appraisal.options()) || !p.measures().equals(appraisal.performance().measures())) {
                    throw new IllegalArgumentException("parameter draw " + draw + " has other options or measures");
                }
                partial = PartialScores.of(appraisal.method(), p, appraisal.criteria());
            }
            Ranks.order(Ranks.scores(partial, weights, scores), appraisal.options(), order);
            for (int r = 0; r < n; r++) {
                counts[order[r]][r]++;
            }
        }
        return new Acceptability(appraisal.options(), counts, draws, parameters != null);
    }

    /** A point uniform on the simplex: the gaps between k − 1 sorted uniforms on [0, 1]. */
    static void simplex(SplittableRandom random, double[] cuts, double[] out) {
        int k = out.length;
        cuts[0] = 0;
        for (int i = 1; i < k; i++) {
            cuts[i] = random.nextDouble();
        }
        cuts[k] = 1;
        Arrays.sort(cuts, 1, k);
        for (int i = 0; i < k; i++) {
            out[i] = cuts[i + 1] - cuts[i];
        }
    }
}
