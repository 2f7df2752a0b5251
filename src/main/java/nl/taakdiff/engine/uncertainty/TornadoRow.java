package nl.taakdiff.engine.uncertainty;

/**
 * One parameter moved to its low and its high value, all others at base (calculation.md §2.9).
 *
 * @param breakEven the parameter value at which a comparison's delta is 0, when the values at low
 *                  and high have strictly opposite signs; null otherwise
 */
public record TornadoRow(Parameter parameter, double valueAtLow, double valueAtHigh, Double breakEven) {
    public double swing() {
        return Math.abs(valueAtHigh - valueAtLow);
    }
}
