package nl.taakdiff.engine.appraisal;

/**
 * Performance tables under drawn parameter values (the Monte Carlo draws of calculation.md §2.10), one
 * per draw, with the options and measures of the appraisal. Rank acceptability pairs draw d of
 * the weights with parameter draw d, so the shares reflect doubt about weights and parameters.
 */
public interface PerformanceDraws {
    int count();

    /** The performance table of draw {@code index}, {@code 0 ≤ index < count()}. */
    Performance draw(int index);
}
