package nl.taakdiff.model;

/**
 * Limits beyond which an input is a typing error rather than a study, checked before anything is
 * computed so that no sum can overflow into a wrong figure.
 */
public final class Plausibility {
    /** More people than live on earth in one municipality is a typing error. */
    public static final long MAX_POPULATION = 10_000_000_000L;
    public static final String MAX_POPULATION_TEXT = "10,000,000,000";
    /**
     * The most a scenario may cost per year, in euros, counted with every task at its most
     * expensive level; far above any real budget, far below where sums of doubles lose their cents
     * or overflow.
     */
    public static final double MAX_TOTAL_COST = 1e18;
    public static final String MAX_TOTAL_COST_TEXT = "EUR 10^18 per year";

    private Plausibility() {
    }
}
