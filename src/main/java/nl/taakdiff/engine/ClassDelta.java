package nl.taakdiff.engine;

import nl.taakdiff.model.SizeClass;

/** Cost per inhabitant of one size class (of the baseline's tiering) in both scenarios. */
public record ClassDelta(SizeClass sizeClass, int municipalities, long population,
                         double baselineCostPerInhabitant, double alternativeCostPerInhabitant) {
    public double deltaPerInhabitant() {
        return alternativeCostPerInhabitant - baselineCostPerInhabitant;
    }
}
