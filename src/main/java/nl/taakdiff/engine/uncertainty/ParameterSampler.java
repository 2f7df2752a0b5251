package nl.taakdiff.engine.uncertainty;

import java.util.List;

/**
 * Seeded draws of every parameter of a space (calculation.md §2.10). Each draw takes one uniform number
 * per parameter in the space's order, fixed parameters included, so fixing one parameter does not
 * shift the draws of the others. The same seed gives the same draws on any machine.
 */
public final class ParameterSampler {
    private final Distribution distribution;
    private final double[] low;
    private final double[] base;
    private final double[] high;
    private final Xoshiro256 random;

    public ParameterSampler(ParameterSpace space, Distribution distribution, long seed) {
        this.distribution = distribution;
        List<Parameter> parameters = space.parameters();
        int n = parameters.size();
        low = new double[n];
        base = new double[n];
        high = new double[n];
        for (int p = 0; p < n; p++) {
            low[p] = parameters.get(p).low();
            base[p] = parameters.get(p).base();
            high[p] = parameters.get(p).high();
        }
        random = new Xoshiro256(seed);
    }

    /** Fills {@code values} (one per parameter, in the space's order) with the next draw. */
    public void next(double[] values) {
        for (int p = 0; p < low.length; p++) {
            double u = random.nextDouble();
            values[p] = low[p] == high[p] ? base[p] : distribution.inverse(u, low[p], base[p], high[p]);
        }
    }
}
