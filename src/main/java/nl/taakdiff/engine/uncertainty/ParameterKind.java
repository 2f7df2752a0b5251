package nl.taakdiff.engine.uncertainty;

/** What a parameter of calculation.md §2.8 is; {@link #key()} is the suffix of its name. */
public enum ParameterKind {
    UNIT_COST("unit_cost"),
    FIXED_COST("fixed_cost"),
    MIN_SCALE("min_scale"),
    OVERHEAD("overhead");

    private final String key;

    ParameterKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
