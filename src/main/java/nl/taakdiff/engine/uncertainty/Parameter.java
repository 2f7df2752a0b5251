package nl.taakdiff.engine.uncertainty;

import nl.taakdiff.model.Level;

/**
 * One uncertain input with its base value and range {@code low ≤ base ≤ high} (calculation.md §2.8).
 *
 * @param name  {@code <TASK>.unit_cost}, {@code <TASK>.fixed_cost}, {@code <TASK>.min_scale} or
 *              {@code overhead.centre|region|province|state}
 * @param task  index of the task in the study's catalogue; -1 for an overhead rate
 * @param level the level of an overhead rate; null for a task parameter
 * @param fromCatalogue true when both bounds come from the catalogue rather than the relative range
 */
public record Parameter(String name, ParameterKind kind, int task, Level level, double base, double low,
                        double high, boolean fromCatalogue) {
    /** A parameter with {@code low = high} is not uncertain and stays at its value in every draw. */
    public boolean isFixed() {
        return low == high;
    }
}
