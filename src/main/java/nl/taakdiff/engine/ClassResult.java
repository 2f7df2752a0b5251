package nl.taakdiff.engine;

import nl.taakdiff.model.SizeClass;

/** One size class in an evaluation: its municipalities, their population and attributed cost. */
public record ClassResult(SizeClass sizeClass, int municipalities, long population, double cost) {
    public double costPerInhabitant() {
        return population == 0 ? 0 : cost / population;
    }
}
