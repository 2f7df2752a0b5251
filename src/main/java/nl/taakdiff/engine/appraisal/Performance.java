package nl.taakdiff.engine.appraisal;

import java.util.HashSet;
import java.util.List;

/**
 * The performance table of an appraisal: the value of each measure for each option, in the
 * measure's own unit. Immutable; the array is copied in and out.
 */
public final class Performance {
    /** calculation.md §2.11 appraises between two and eight options. */
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;

    private final List<String> options;
    private final List<Measure> measures;
    private final double[][] values;

    /** @param values {@code values[option][measure]}, every value finite */
    public Performance(List<String> options, List<Measure> measures, double[][] values) {
        this.options = List.copyOf(options);
        this.measures = List.copyOf(measures);
        if (this.options.size() < MIN_OPTIONS || this.options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("an appraisal needs " + MIN_OPTIONS + " to " + MAX_OPTIONS
                    + " options, not " + this.options.size());
        }
        if (new HashSet<>(this.options).size() != this.options.size()) {
            throw new IllegalArgumentException("the options of an appraisal must have different names");
        }
        if (this.measures.isEmpty()) {
            throw new IllegalArgumentException("an appraisal needs at least one criterion");
        }
        if (values.length != this.options.size()) {
            throw new IllegalArgumentException("values for " + values.length + " options, expected " + this.options.size());
        }
        this.values = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != this.measures.size()) {
                throw new IllegalArgumentException("option " + this.options.get(i) + " has " + values[i].length
                        + " values for " + this.measures.size() + " measures");
            }
            for (int c = 0; c < values[i].length; c++) {
                if (!Double.isFinite(values[i][c])) {
                    throw new IllegalArgumentException("option " + this.options.get(i) + ": "
                            + this.measures.get(c).key() + " is not a finite number");
                }
            }
            this.values[i] = values[i].clone();
        }
    }

    public List<String> options() {
        return options;
    }

    public List<Measure> measures() {
        return measures;
    }

    public int optionCount() {
        return options.size();
    }

    public int measureCount() {
        return measures.size();
    }

    public double value(int option, int measure) {
        return values[option][measure];
    }

    /** A copy of one measure's values over the options. */
    double[] column(int measure) {
        double[] column = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            column[i] = values[i][measure];
        }
        return column;
    }
}
