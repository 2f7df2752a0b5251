package nl.taakdiff.engine.appraisal;

import java.util.List;

/**
 * SMAA-2 rank acceptability: {@code share(i, r)} is the share of draws in which option i took
 * rank r + 1. Every option's shares sum to 1, and so do every rank's.
 */
public final class Acceptability {
    private final List<String> options;
    private final double[][] shares;
    private final int draws;
    private final boolean withParameters;

    Acceptability(List<String> options, long[][] counts, int draws, boolean withParameters) {
        this.options = List.copyOf(options);
        this.draws = draws;
        this.withParameters = withParameters;
        this.shares = new double[counts.length][counts.length];
        for (int i = 0; i < counts.length; i++) {
            for (int r = 0; r < counts.length; r++) {
                shares[i][r] = (double) counts[i][r] / draws;
            }
        }
    }

    public List<String> options() {
        return options;
    }

    public int draws() {
        return draws;
    }

    /** Whether parameter draws were combined with the weight draws. */
    public boolean withParameters() {
        return withParameters;
    }

    /** Share of draws in which the option took rank {@code rank + 1}. */
    public double share(int option, int rank) {
        return shares[option][rank];
    }
}
