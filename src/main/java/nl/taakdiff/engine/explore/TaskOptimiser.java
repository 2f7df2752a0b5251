package nl.taakdiff.engine.explore;

/**
 * The best combination of levels over the size classes for one task (calculation.md §2.12): lowest task
 * score; ties go to the combination that keeps more pairs at MUNICIPALITY level, then to the lowest
 * levels in class order.
 *
 * <p>Up to {@link #ENUMERATION_LIMIT} classes every one of the 5^K combinations is looked at. With
 * more classes the same minimum is found by dynamic programming over subsets of classes: a
 * combination is a partition of the classes into five (possibly empty) masks, one per level, and
 * its score, own pairs and class-order rank are each a sum of one term per level, so
 * {@code best_L(U)} (the best way to place the classes of U on the levels up to L) is the minimum
 * over the submasks S of U of {@code term_L(S) + best_{L-1}(U \ S)}. That is exact, like the
 * enumeration, and costs 5 · 3^K steps instead of 5^K; the tie-breaks are exact too, because the
 * rank of a combination (its levels read as a base-5 number, class 0 first) is such a sum.
 */
final class TaskOptimiser {
    static final int ENUMERATION_LIMIT = 6;
    /** Beyond this many classes the subset tables (2^K per level) and 3^K steps get too big to be interactive. */
    static final int CLASS_LIMIT = 10;
    private static final int LEVELS = TaskTable.LEVELS;
    /** Scores this close (relative) are equal: they differ only by the order of floating-point sums. */
    private static final double TIE = 1e-12;

    private TaskOptimiser() {
    }

    /**
     * Levels by class (ordinals), or null when no combination is feasible.
     *
     * @param allowed per level ordinal whether the task may use it
     */
    static int[] best(TaskTable table, Prices prices, boolean[] allowed, boolean uniform) {
        double[][] score = scores(table, prices);
        if (uniform) {
            return bestUniform(table, score, allowed);
        }
        return table.classCount <= ENUMERATION_LIMIT ? enumerate(table, score, allowed)
                : bySubsets(table, score, allowed);
    }

    static double[][] scores(TaskTable table, Prices prices) {
        int masks = 1 << table.classCount;
        double[][] score = new double[LEVELS][masks];
        for (int level = 0; level < LEVELS; level++) {
            for (int mask = 0; mask < masks; mask++) {
                score[level][mask] = prices.score(table.cost[level][mask], table.risk[level][mask],
                        table.direct[level][mask]);
            }
        }
        return score;
    }

    /** Negative when (score, own) beats (bestScore, bestOwn): lower score, then more own pairs; 0 when equal. */
    static int compare(double score, long own, double bestScore, long bestOwn) {
        double tolerance = TIE * Math.max(1.0, Math.max(Math.abs(score), Math.abs(bestScore)));
        if (score < bestScore - tolerance) {
            return -1;
        }
        if (score > bestScore + tolerance) {
            return 1;
        }
        return Long.compare(bestOwn, own);
    }

    private static int[] bestUniform(TaskTable table, double[][] score, boolean[] allowed) {
        int all = (1 << table.classCount) - 1;
        int best = -1;
        double bestScore = 0;
        long bestOwn = 0;
        for (int level = 0; level < LEVELS; level++) {
            if (!table.feasible(level, all, allowed[level])) {
                continue;
            }
            double s = 0;
            for (int other = 0; other < LEVELS; other++) {
                s += score[other][other == level ? all : 0];
            }
            long own = table.ownPairs[level == 0 ? all : 0];
            if (best < 0 || compare(s, own, bestScore, bestOwn) < 0) {
                best = level;
                bestScore = s;
                bestOwn = own;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] levels = new int[table.classCount];
        java.util.Arrays.fill(levels, best);
        return levels;
    }

    /** Combinations in class order (class 0 most significant), so the first of equals is the lowest. */
    private static int[] enumerate(TaskTable table, double[][] score, boolean[] allowed) {
        int k = table.classCount;
        int[] levels = new int[k];
        int[] best = null;
        double bestScore = 0;
        long bestOwn = 0;
        int[] masks = new int[LEVELS];
        while (true) {
            java.util.Arrays.fill(masks, 0);
            for (int c = 0; c < k; c++) {
                masks[levels[c]] |= 1 << c;
            }
            boolean feasible = true;
            double s = 0;
            for (int level = 0; level < LEVELS && feasible; level++) {
                feasible = table.feasible(level, masks[level], allowed[level]);
                s += score[level][masks[level]];
            }
            if (feasible) {
                long own = table.ownPairs[masks[0]];
                if (best == null || compare(s, own, bestScore, bestOwn) < 0) {
                    best = levels.clone();
                    bestScore = s;
                    bestOwn = own;
                }
            }
            int c = k - 1;
            while (c >= 0 && levels[c] == LEVELS - 1) {
                levels[c--] = 0;
            }
            if (c < 0) {
                return best;
            }
            levels[c]++;
        }
    }

    private static int[] bySubsets(TaskTable table, double[][] score, boolean[] allowed) {
        int k = table.classCount;
        int masks = 1 << k;
        long[] weight = new long[masks];
        for (int mask = 1; mask < masks; mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            weight[mask] = weight[mask & (mask - 1)] + pow5(k - 1 - low);
        }
        double[] bestScore = new double[masks];
        long[] bestOwn = new long[masks];
        long[] bestRank = new long[masks];
        boolean[] reachable = new boolean[masks];
        int[][] choice = new int[LEVELS][masks];
        for (int mask = 0; mask < masks; mask++) {
            if (table.feasible(0, mask, allowed[0])) {
                reachable[mask] = true;
                bestScore[mask] = score[0][mask];
                bestOwn[mask] = table.ownPairs[mask];
                choice[0][mask] = mask;
            }
        }
        for (int level = 1; level < LEVELS; level++) {
            double[] nextScore = new double[masks];
            long[] nextOwn = new long[masks];
            long[] nextRank = new long[masks];
            boolean[] nextReachable = new boolean[masks];
            for (int union = 0; union < masks; union++) {
                // every submask s of union (including 0 and union itself) goes to this level
                for (int s = union; ; s = (s - 1) & union) {
                    int rest = union & ~s;
                    if (reachable[rest] && table.feasible(level, s, allowed[level])) {
                        double sc = bestScore[rest] + score[level][s];
                        long own = bestOwn[rest];
                        long rank = bestRank[rest] + level * weight[s];
                        int cmp = nextReachable[union] ? compare(sc, own, nextScore[union], nextOwn[union]) : -1;
                        if (cmp < 0 || (cmp == 0 && rank < nextRank[union])) {
                            nextReachable[union] = true;
                            nextScore[union] = sc;
                            nextOwn[union] = own;
                            nextRank[union] = rank;
                            choice[level][union] = s;
                        }
                    }
                    if (s == 0) {
                        break;
                    }
                }
            }
            bestScore = nextScore;
            bestOwn = nextOwn;
            bestRank = nextRank;
            reachable = nextReachable;
        }
        int all = masks - 1;
        if (!reachable[all]) {
            return null;
        }
        int[] levels = new int[k];
        int remaining = all;
        for (int level = LEVELS - 1; level >= 0; level--) {
            int s = choice[level][remaining];
            for (int c = 0; c < k; c++) {
                if ((s & 1 << c) != 0) {
                    levels[c] = level;
                }
            }
            remaining &= ~s;
        }
        return levels;
    }

    private static long pow5(int e) {
        long p = 1;
        for (int i = 0; i < e; i++) {
            p *= 5;
        }
        return p;
    }

    /** The subset method whatever the number of classes: lets tests check it against enumeration. */
    static int[] bestBySubsets(TaskTable table, Prices prices, boolean[] allowed) {
        return bySubsets(table, scores(table, prices), allowed);
    }

    /** Enumeration whatever the number of classes. */
    static int[] bestByEnumeration(TaskTable table, Prices prices, boolean[] allowed) {
        return enumerate(table, scores(table, prices), allowed);
    }
}
