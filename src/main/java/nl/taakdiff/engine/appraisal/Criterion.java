package nl.taakdiff.engine.appraisal;

/**
 * One criterion of an appraisal: what it measures, which direction is better, its weight (any
 * non-negative number; weights are normalised over the criteria) and PROMETHEE's indifference
 * and preference thresholds in the measure's unit ({@code null}: the defaults of calculation.md §2.11,
 * 0 and the range of the options).
 */
public record Criterion(Measure measure, Direction direction, double weight, Double indifference,
                        Double preference) {
    public Criterion {
        if (measure == null || direction == null) {
            throw new IllegalArgumentException("a criterion needs a measure and a direction");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException(measure.key() + ": weight " + weight + " is not a number ≥ 0");
        }
        if ((indifference == null) != (preference == null)) {
            throw new IllegalArgumentException(measure.key() + ": give both thresholds Q and P, or neither");
        }
        if (indifference != null) {
            if (!Double.isFinite(indifference) || indifference < 0 || !Double.isFinite(preference) || preference < 0) {
                throw new IllegalArgumentException(measure.key() + ": thresholds must be numbers ≥ 0");
            }
            if (indifference > preference) {
                throw new IllegalArgumentException(measure.key() + ": indifference threshold Q " + indifference
                        + " is above preference threshold P " + preference);
            }
        }
    }

    /** A criterion in its default direction with the default thresholds. */
    public static Criterion of(Measure measure, double weight) {
        return new Criterion(measure, measure.defaultDirection(), weight, null, null);
    }

    public boolean hasThresholds() {
        return indifference != null;
    }

    public Criterion withWeight(double newWeight) {
        return new Criterion(measure, direction, newWeight, indifference, preference);
    }
}
