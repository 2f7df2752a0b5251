package nl.taakdiff.model;

/**
 * A population band {@code [lower, upper)}; the last class of a tiering has no upper bound,
 * shown as {@link Long#MAX_VALUE}.
 */
public record SizeClass(int index, long lower, long upper) {

    public boolean isOpenEnded() {
        return upper == Long.MAX_VALUE;
    }

    public boolean contains(long population) {
        return population >= lower && population < upper;
    }

    /** A short label such as {@code 20000-50000} or {@code 100000+}. */
    public String label() {
        return isOpenEnded() ? lower + "+" : lower + "-" + upper;
    }
}
