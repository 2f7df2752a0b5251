package nl.taakdiff.engine;

/** How a metric is measured, which decides how it is formatted. */
public enum Unit {
    /** Euros per year (or per inhabitant per year). */
    MONEY,
    /** A whole number of things. */
    COUNT,
    /** A fraction between 0 and 1. */
    SHARE
}
