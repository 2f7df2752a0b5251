package nl.taakdiff.engine;

/** One municipality's attributed cost in both scenarios. */
public record MunicipalityDelta(String code, String name, long population, double baselineCost,
                                double alternativeCost, Outcome outcome) {
    public double delta() {
        return alternativeCost - baselineCost;
    }

    public double deltaPerInhabitant() {
        return delta() / population;
    }
}
