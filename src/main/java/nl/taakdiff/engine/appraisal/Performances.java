package nl.taakdiff.engine.appraisal;

import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.Outcome;

/** Builds the performance table of evaluated scenarios; the first option is the reference. */
public final class Performances {
    private Performances() {
    }

    /**
     * @param options         evaluations of the same study, the first being the reference for
     *                        {@link Measure#LOSERS} and {@link Measure#LARGEST_INCREASE_PER_INHABITANT}
     * @param loserThreshold  rise in cost per inhabitant (EUR) that makes a loser, as in a comparison
     */
    public static Performance of(List<Evaluation> options, List<Measure> measures, double loserThreshold) {
        double[][] values = new double[options.size()][measures.size()];
        Evaluation reference = options.get(0);
        boolean needsComparison = measures.stream().anyMatch(m -> m.metric().isEmpty());
        for (int i = 0; i < options.size(); i++) {
            Evaluation option = options.get(i);
            Comparison comparison = needsComparison ? Comparison.of(reference, option, loserThreshold) : null;
            for (int c = 0; c < measures.size(); c++) {
                Measure measure = measures.get(c);
                values[i][c] = measure.metric().isPresent()
                        ? option.summary().value(measure.metric().get())
                        : againstReference(measure, comparison);
            }
        }
        return new Performance(options.stream().map(e -> e.scenario().name()).toList(), measures, values);
    }

    private static double againstReference(Measure measure, Comparison comparison) {
        if (measure == Measure.LOSERS) {
            return comparison.municipalities().stream().filter(m -> m.outcome() == Outcome.LOSER).count();
        }
        double largest = Double.NEGATIVE_INFINITY;
        for (MunicipalityDelta m : comparison.municipalities()) {
            largest = Math.max(largest, m.deltaPerInhabitant());
        }
        return comparison.municipalities().isEmpty() ? 0 : largest + 0.0;
    }
}
