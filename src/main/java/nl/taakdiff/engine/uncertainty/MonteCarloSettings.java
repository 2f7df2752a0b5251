package nl.taakdiff.engine.uncertainty;

/**
 * How a Monte Carlo run draws (calculation.md §2.10).
 *
 * @param threshold a municipality is a loser in a draw when its cost per inhabitant rises by more than this (EUR)
 */
public record MonteCarloSettings(int draws, long seed, Distribution distribution, double threshold) {
    public static final int DEFAULT_DRAWS = 10_000;
    /**
     * Enough for stable tails (the standard error of a share is then below 0.16 percentage points).
     * The quantile buffers take 8 bytes per draw per municipality: 100,000 draws on about 350
     * municipalities need some 300 MB, which a desktop with a default heap still has.
     */
    public static final int MAX_DRAWS = 100_000;

    public MonteCarloSettings {
        if (draws < 2 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be between 2 and " + MAX_DRAWS + ", not " + draws);
        }
        if (distribution == null) {
            throw new IllegalArgumentException("a distribution is needed");
        }
        if (!Double.isFinite(threshold) || threshold < 0) {
            throw new IllegalArgumentException("the threshold must be a number of at least 0, not " + threshold);
        }
    }

    public static MonteCarloSettings defaults() {
        return new MonteCarloSettings(DEFAULT_DRAWS, 1, Distribution.TRIANGULAR, 1.0);
    }
}
